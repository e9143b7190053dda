package dev.tradebook.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the run's requests divide among the operations, e.g. {@code order=40,invoice=20,payment=15}: weights, spread
 * evenly over each cycle of their sum (smooth weighted round robin), so that every second carries the same mix.
 */
final class Mix {

    private final List<String> cycle;
    private final Map<String, Integer> weights;

    private Mix(Map<String, Integer> weights) {
        this.weights = Map.copyOf(weights);
        this.cycle = spread(weights);
    }

    /**
     * The default mix at {@code rate} requests a second: portal reads and integrator batches keep to a fraction
     * of their callers' rate limits at the gateway (two portal users at 300 a minute each, the integrator client at
     * 120), as their real callers do — at most 2 portal reads and half a batch a second — and the orders take the
     * rest (weights in thousandths, so that a fast run can still give them a small share). Without it a fast run is refused 429 for its own portal traffic, and the retries only dig deeper.
     */
    static Mix defaultFor(double rate) {
        int portal = (int) Math.min(200, Math.max(1, Math.floor(2_000 / rate)));
        int batch = (int) Math.min(50, Math.max(1, Math.floor(500 / rate)));
        return parse("customer=50,order=%d,invoice=200,payment=150,portal=%d,batch=%d"
                .formatted(350 + (200 - portal) + (50 - batch), portal, batch));
    }

    static Mix parse(String text) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            String[] pair = part.split("=");
            if (pair.length != 2) {
                throw new IllegalArgumentException("not operation=weight: " + part);
            }
            int weight = Integer.parseInt(pair[1].trim());
            if (weight < 0) {
                throw new IllegalArgumentException("negative weight: " + part);
            }
            if (weight > 0 && weights.put(pair[0].trim(), weight) != null) {
                throw new IllegalArgumentException("named twice: " + pair[0]);
            }
        }
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("no operation has a weight: " + text);
        }
        return new Mix(weights);
    }

    String operation(long n) {
        return cycle.get((int) (n % cycle.size()));
    }

    Map<String, Integer> weights() {
        return weights;
    }

    private static List<String> spread(Map<String, Integer> weights) {
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        Map<String, Integer> current = new LinkedHashMap<>();
        weights.keySet().forEach(name -> current.put(name, 0));
        List<String> cycle = new ArrayList<>(total);
        for (int slot = 0; slot < total; slot++) {
            String best = null;
            for (Map.Entry<String, Integer> entry : weights.entrySet()) {
                int value = current.get(entry.getKey()) + entry.getValue();
                current.put(entry.getKey(), value);
                if (best == null || value > current.get(best)) {
                    best = entry.getKey();
                }
            }
            current.put(best, current.get(best) - total);
            cycle.add(best);
        }
        return List.copyOf(cycle);
    }
}
