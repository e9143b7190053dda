package dev.tradebook.load;

import java.util.Map;

import io.vertx.core.Future;

/** The mixed traffic: each request goes to the operation the mix gives its number. */
final class MixedTraffic implements Traffic {

    private final Mix mix;
    private final Map<String, Operation> operations;

    MixedTraffic(Mix mix, Map<String, Operation> operations) {
        for (String name : mix.weights().keySet()) {
            if (!operations.containsKey(name)) {
                throw new IllegalArgumentException("unknown operation " + name + "; known: " + operations.keySet());
            }
        }
        this.mix = mix;
        this.operations = Map.copyOf(operations);
    }

    @Override
    public String operation(long n) {
        return mix.operation(n);
    }

    @Override
    public Future<Boolean> send(long n) {
        return operations.get(mix.operation(n)).run(n);
    }
}
