package dev.tradebook.system;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.tradebook.system.invariants.Catchup;
import dev.tradebook.system.invariants.Databases;
import dev.tradebook.system.invariants.Rules;
import dev.tradebook.system.invariants.SnapshotReader;
import dev.tradebook.system.invariants.Subscriptions;
import dev.tradebook.system.invariants.Violation;

/**
 * Checks the whole system's invariants on the services' databases, once the event streams are drained:
 * {@code system-tests/check-invariants [--jdbc-base jdbc:postgresql://localhost:5432/] [--user postgres]
 * [--password ""] [--repository .] [--wait 60]}. Prints each violation with the ids involved; exits 0 when there
 * is none, 1 when there are violations, 2 when the streams did not drain in time (the lag is printed, the check
 * runs anyway), 3 when the databases cannot be read.
 */
public final class InvariantCheck {

    /** What a run found: the lag when the streams did not drain, and every violation. */
    public record Result(Optional<String> lag, List<Violation> violations) {

        public boolean passed() {
            return lag.isEmpty() && violations.isEmpty();
        }

        public String report() {
            StringBuilder report = new StringBuilder();
            lag.ifPresent(text -> report.append("LAG ").append(text).append('\n'));
            violations.forEach(violation -> report.append("VIOLATION ").append(violation).append('\n'));
            report.append(violations.size()).append(" violation(s) of ").append(Rules.ALL.size()).append(" rules");
            return report.toString();
        }
    }

    private InvariantCheck() {
    }

    public static Result run(Databases databases, Subscriptions subscriptions, Duration wait)
            throws SQLException, InterruptedException {
        Optional<String> lag = Catchup.await(databases, subscriptions, wait);
        return new Result(lag, Rules.check(SnapshotReader.read(databases, subscriptions)));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Databases databases = new Databases(options.getOrDefault("--jdbc-base", "jdbc:postgresql://localhost:5432/"),
                options.getOrDefault("--user", "postgres"), options.getOrDefault("--password", ""));
        Subscriptions subscriptions = Subscriptions.fromServiceConfig(Path.of(options.getOrDefault("--repository", ".")));
        try {
            Result result = run(databases, subscriptions,
                    Duration.ofSeconds(Long.parseLong(options.getOrDefault("--wait", "60"))));
            System.out.println(result.report());
            System.exit(result.lag().isPresent() ? 2 : result.violations().isEmpty() ? 0 : 1);
        } catch (SQLException e) {
            System.err.println("cannot read the services' databases at " + databases.jdbcBase() + ": " + e.getMessage());
            System.exit(3);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("usage: InvariantCheck [--jdbc-base URL] [--user NAME] [--password TEXT]"
                        + " [--repository DIR] [--wait SECONDS]; not understood: " + args[i]);
            }
            options.put(args[i], args[++i]);
        }
        return options;
    }
}
