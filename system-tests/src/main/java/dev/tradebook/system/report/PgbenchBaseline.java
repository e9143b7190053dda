package dev.tradebook.system.report;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What PostgreSQL alone does with the SQL of one sales order ({@code transaction-service/bench/order.pgbench}):
 * pgbench's transactions per second and average latency, prepared statements as the JDBC driver sends them.
 */
public record PgbenchBaseline(int clients, int seconds, int customers, long transactions, long failed, double tps,
        double latencyMillis, String output) {

    private static final Pattern TRANSACTIONS = Pattern.compile("(?m)^number of transactions actually processed: (\\d+)");
    private static final Pattern FAILED = Pattern.compile("(?m)^number of failed transactions: (\\d+)");
    private static final Pattern LATENCY = Pattern.compile("(?m)^latency average = ([\\d.]+) ms$");
    private static final Pattern TPS = Pattern.compile("(?m)^tps = ([\\d.]+) \\(without initial connection time\\)$");

    /** Runs order.pgbench against the transaction database on the customers {@code codes00001…} registered before. */
    public static PgbenchBaseline run(Path repository, int postgresPort, String codes, int customers, int clients,
            int seconds) {
        String output = Command.run(List.of("pgbench", "-h", "localhost", "-p", Integer.toString(postgresPort), "-U",
                "postgres", "-n", "-M", "prepared", "-c", Integer.toString(clients),
                "-j", Integer.toString(Math.min(clients, 2)),
                "-T", Integer.toString(seconds), "-D", "codes=" + codes, "-D", "customers=" + customers, "-f",
                repository.resolve("transaction-service/bench/order.pgbench").toString(), "transaction"),
                Map.of(), Duration.ofSeconds(seconds + 120L));
        return parse(clients, seconds, customers, output);
    }

    static PgbenchBaseline parse(int clients, int seconds, int customers, String output) {
        return new PgbenchBaseline(clients, seconds, customers, Long.parseLong(find(TRANSACTIONS, output)),
                FAILED.matcher(output).results().findFirst().map(failed -> Long.parseLong(failed.group(1))).orElse(0L),
                Double.parseDouble(find(TPS, output)), Double.parseDouble(find(LATENCY, output)), output);
    }

    private static String find(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("pgbench's output has no " + pattern + ":\n" + output);
        }
        return matcher.group(1);
    }
}
