package dev.tradebook.system.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.apache.kafka.common.utils.AppInfoParser;

import dev.tradebook.load.MixedLoad;
import dev.tradebook.load.MixedRun;
import dev.tradebook.local.Database;
import dev.tradebook.local.LocalStack;
import dev.tradebook.local.Ports;
import dev.tradebook.local.StackLayout;
import dev.tradebook.system.InvariantCheck;
import dev.tradebook.system.invariants.Databases;
import dev.tradebook.system.invariants.Subscriptions;

/**
 * Regenerates the proof report ({@code system-tests/write-report}): starts a fresh whole stack, notes the machine,
 * runs the mixed load and then the invariant checker on it, measures the baselines (pg_test_fsync, pgbench on the SQL
 * of one order, Kafka's producer perf tool) after the checker so that their rows do not enter its books, reads the
 * fault runs' results, and writes {@code report.md}, the charts and the tools' raw output. Exits 1 when the mixed
 * load or the invariant checker failed (the report is written all the same).
 *
 * <pre>
 * ProofReport [--repository .] [--output docs/proof] [--fault-runs docs/proof/fault-runs] [--port-shift 40000]
 *   [--rate 100] [--seconds 300] [--warmup-seconds 60] [--fsync-seconds 2] [--pgbench-seconds 30]
 *   [--pgbench-clients 4] [--pgbench-customers 200] [--producer-records 300000] [--record-bytes 700]
 * </pre>
 */
public final class ProofReport {

    private ProofReport() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        ReportOptions options = ReportOptions.parse(args);
        Path home = options.repository().resolve("system-tests/target/report-stack");
        deleteRecursively(home);
        StackLayout layout = StackLayout.at(options.repository(), home);
        boolean passed;
        try (LocalStack stack = LocalStack.start(layout, Ports.DEFAULT.shiftedBy(options.portShift()), Optional.empty(),
                component -> System.err.println("[report] starting " + component))) {
            // Ctrl-C must not leave the stack's processes running; a second close after the normal one does nothing
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close));
            MachineFacts machine = MachineFacts.collect(options.repository(), layout.postgresData(),
                    postgresVersion(stack.postgres().database()), AppInfoParser.getVersion());
            System.err.println("[report] mixed load");
            MixedRun mixed = MixedLoad.run(options.mixedLoadArgs());
            System.err.println("[report] invariant checker");
            Database database = stack.postgres().database();
            InvariantCheck.Result invariants = InvariantCheck.run(new Databases(database.urlPrefix(), database.username(),
                    database.password()), Subscriptions.fromServiceConfig(options.repository()), Duration.ofSeconds(60));
            Baselines baselines = baselines(stack, options);
            Proof proof = new Proof(options, machine, mixed, invariants, baselines, FaultRuns.read(options.faultRuns()));
            write(proof);
            System.out.println(ReportWriter.markdown(proof));
            System.err.println("[report] written to " + options.output().resolve("report.md"));
            passed = proof.mixedPassed() && invariants.passed();
        }
        if (!passed) {
            System.err.println("[report] the mixed load or the invariant checker FAILED: see the report's verdict");
            System.exit(1);
        }
    }

    private static Baselines baselines(LocalStack stack, ReportOptions options) {
        Map<String, String> notMeasured = new LinkedHashMap<>();
        Optional<FsyncBaseline> fsync = measure("pg_test_fsync", notMeasured,
                () -> FsyncBaseline.run(stack.layout().postgresData(), options.fsyncSeconds()));
        Optional<PgbenchBaseline> pgbench = measure("pgbench", notMeasured, () -> {
            String codes = "PGB" + Long.toString(System.currentTimeMillis() / 1000 % 1_000_000L, 36).toUpperCase() + "U";
            new BaselineCustomers(stack).register(codes, options.pgbenchCustomers());
            return PgbenchBaseline.run(options.repository(), stack.ports().postgres(), codes, options.pgbenchCustomers(),
                    options.pgbenchClients(), options.pgbenchSeconds());
        });
        Optional<ProducerBaseline> producer = measure("Kafka producer perf", notMeasured,
                () -> ProducerBaseline.run(stack.kafka().bootstrapServers(), options.producerRecords(), options.recordBytes()));
        return new Baselines(fsync, pgbench, producer, notMeasured);
    }

    /** A baseline that fails is reported as not measured, with why, rather than losing the whole report. */
    private static <T> Optional<T> measure(String name, Map<String, String> notMeasured, Callable<T> baseline) {
        System.err.println("[report] baseline: " + name);
        try {
            return Optional.of(baseline.call());
        } catch (Exception e) {
            e.printStackTrace();
            notMeasured.put(name, e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse(""));
            return Optional.empty();
        }
    }

    private static void write(Proof proof) throws IOException {
        Path output = proof.options().output();
        Path raw = output.resolve("raw");
        Files.createDirectories(raw);
        Files.writeString(output.resolve("report.md"), ReportWriter.markdown(proof));
        Files.writeString(raw.resolve("mixed-timeline.csv"), proof.mixed().timelineCsv());
        Files.writeString(raw.resolve("mixed-summary.properties"), proof.mixed().summary());
        proof.baselines().fsync().ifPresent(fsync -> writeRaw(raw.resolve("pg_test_fsync.txt"), fsync.output()));
        proof.baselines().pgbench().ifPresent(pgbench -> writeRaw(raw.resolve("pgbench.txt"), pgbench.output()));
        proof.baselines().producer()
                .ifPresent(producer -> writeRaw(raw.resolve("producer-performance.txt"), producer.output()));
        TimelineChart.write(Timeline.parse(proof.mixed().timelineCsv()), "Mixed load", OptionalInt.empty(),
                output.resolve(Proof.MIXED_CHART));
        for (FaultRuns.FaultRun run : proof.faultRuns()) {
            if (run.timeline().isPresent()) {
                TimelineChart.write(run.timeline().get(), run.value("fault"), run.faultSecond(),
                        output.resolve(Proof.faultChart(run)));
            }
        }
    }

    private static void writeRaw(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String postgresVersion(Database database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.url("postgres"), database.username(),
                database.password()); Statement statement = connection.createStatement();
                ResultSet version = statement.executeQuery("show server_version")) {
            version.next();
            return version.getString(1);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
