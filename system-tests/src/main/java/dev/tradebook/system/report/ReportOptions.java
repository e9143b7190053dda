package dev.tradebook.system.report;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line of {@code system-tests/write-report}: the mixed load's rate and length, the stack's port shift,
 * where the report goes and where the fault runs' results are; the baselines' sizes.
 */
public record ReportOptions(Path repository, Path output, Path faultRuns, int portShift, double rate, int seconds,
        int warmupSeconds, int fsyncSeconds, int pgbenchSeconds, int pgbenchClients, int pgbenchCustomers,
        int producerRecords, int recordBytes) {

    private static final List<String> KNOWN = List.of("repository", "output", "fault-runs", "port-shift", "rate", "seconds",
            "warmup-seconds", "fsync-seconds", "pgbench-seconds", "pgbench-clients", "pgbench-customers",
            "producer-records", "record-bytes");

    public static ReportOptions parse(String... args) {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : "";
            if (!KNOWN.contains(name) || i + 1 == args.length) {
                throw new IllegalArgumentException("not understood: " + args[i] + "; options: --" + String.join(" --", KNOWN));
            }
            given.put(name, args[i + 1]);
        }
        Path repository = Path.of(given.getOrDefault("repository", ".")).toAbsolutePath().normalize();
        return new ReportOptions(repository,
                repository.resolve(given.getOrDefault("output", "docs/proof")),
                repository.resolve(given.getOrDefault("fault-runs", "docs/proof/fault-runs")),
                Integer.parseInt(given.getOrDefault("port-shift", "40000")),
                Double.parseDouble(given.getOrDefault("rate", "100")),
                Integer.parseInt(given.getOrDefault("seconds", "300")),
                Integer.parseInt(given.getOrDefault("warmup-seconds", "60")),
                Integer.parseInt(given.getOrDefault("fsync-seconds", "2")),
                Integer.parseInt(given.getOrDefault("pgbench-seconds", "30")),
                Integer.parseInt(given.getOrDefault("pgbench-clients", "4")),
                Integer.parseInt(given.getOrDefault("pgbench-customers", "200")),
                Integer.parseInt(given.getOrDefault("producer-records", "300000")),
                Integer.parseInt(given.getOrDefault("record-bytes", "700")));
    }

    /** The mixed load's own options for this report's stack and rate. */
    public String[] mixedLoadArgs() {
        return new String[] {"--port-shift", Integer.toString(portShift), "--rate", Double.toString(rate),
                "--seconds", Integer.toString(seconds), "--warmup-seconds", Integer.toString(warmupSeconds)};
    }
}
