package dev.tradebook.load;

import java.util.Map;

import io.vertx.core.Future;

/** The mixed traffic: each request goes to the operation the mix gives its number. */
final class MixedTraffic implements Traffic {

    private final Mix mix;
    private final Map<String, Operation> operations;
    private final Calls calls;

    MixedTraffic(Mix mix, Map<String, Operation> operations, Calls calls) {
        for (String name : mix.weights().keySet()) {
            if (!operations.containsKey(name)) {
                throw new IllegalArgumentException("unknown operation " + name + "; known: " + operations.keySet());
            }
        }
        this.mix = mix;
        this.operations = Map.copyOf(operations);
        this.calls = calls;
    }

    @Override
    public String operation(long n) {
        return mix.operation(n);
    }

    @Override
    public Future<Boolean> send(long n) {
        String operation = mix.operation(n);
        return operations.get(operation).run(n).onComplete(outcome -> {
            if (outcome.failed()) {
                calls.keep(operation + " #" + n + " failed: " + outcome.cause());
            } else if (!outcome.result()) {
                calls.keep(operation + " #" + n + " was not answered as expected");
            }
        });
    }
}
