package dev.tradebook.system.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The fault runs' results as FaultRunIT leaves them, one directory per fault with {@code summary.properties}
 * (the mixed run's summary plus {@code fault}, {@code rate}, {@code seconds}, {@code pause_seconds},
 * {@code fault_at_second}, {@code outcome}, {@code failure}, {@code commit}), {@code report.md} and
 * {@code timeline.csv}.
 */
public final class FaultRuns {

    /** One fault's run: its directory name, summary and timeline. */
    public record FaultRun(String name, Properties summary, Optional<Timeline> timeline) {

        public String value(String key) {
            return summary.getProperty(key, "");
        }

        public OptionalInt faultSecond() {
            String second = value("fault_at_second");
            return second.isBlank() ? OptionalInt.empty() : OptionalInt.of((int) Double.parseDouble(second));
        }

        /** Each place's lag p99 ({@code lag_<place>_p99_ms}), e.g. "customer balance 210, ledger balance 180". */
        public String lagP99() {
            return summary.stringPropertyNames().stream().filter(key -> key.startsWith("lag_") && key.endsWith("_p99_ms"))
                    .sorted().map(key -> key.substring(4, key.length() - 7).replace('_', ' ') + " " + summary.getProperty(key))
                    .reduce((a, b) -> a + ", " + b).orElse("");
        }

        public String settings() {
            StringBuilder settings = new StringBuilder(value("rate") + "/s for " + value("seconds") + " s, fault at "
                    + value("fault_at_second") + " s");
            if (!value("pause_seconds").isBlank()) {
                settings.append(", pause ").append(value("pause_seconds")).append(" s");
            }
            return settings.toString();
        }
    }

    private FaultRuns() {
    }

    /** Every fault directory under {@code directory}, by name; none when it is missing. */
    public static List<FaultRun> read(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<FaultRun> runs = new ArrayList<>();
        try (Stream<Path> faults = Files.list(directory)) {
            List<Path> done = faults.filter(path -> Files.isRegularFile(path.resolve("summary.properties"))).sorted().toList();
            for (Path fault : done) {
                Properties summary = new Properties();
                try (Reader reader = Files.newBufferedReader(fault.resolve("summary.properties"))) {
                    summary.load(reader);
                }
                Path csv = fault.resolve("timeline.csv");
                Optional<Timeline> timeline = Files.isRegularFile(csv) ? Optional.of(Timeline.parse(Files.readString(csv)))
                        : Optional.empty();
                runs.add(new FaultRun(fault.getFileName().toString(), summary, timeline));
            }
        }
        return runs;
    }
}
