package dev.tradebook.system.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How fast this disk makes a write durable, the floor under every commit: PostgreSQL's {@code pg_test_fsync} on a
 * file in the stack's data directory, its fdatasync and open_datasync lines (Linux's default WAL sync and its
 * alternative).
 */
public record FsyncBaseline(int secondsPerTest, List<Line> lines, String output) {

    /** One measured line under its heading, e.g. "one 8kB write", fdatasync, 6123.388 ops/s, 163 µs/op. */
    public record Line(String writes, String method, double opsPerSecond, long microsPerOp) {
    }

    private static final Set<String> METHODS = Set.of("fdatasync", "open_datasync");
    private static final Pattern HEADING = Pattern.compile("^Compare file sync methods using (.+):$");
    private static final Pattern MEASURED = Pattern.compile("^\\s+(\\S+)\\s+([\\d.]+) ops/sec\\s+(\\d+) usecs/op$");

    public static FsyncBaseline run(Path dataDirectory, int secondsPerTest) {
        Path file = dataDirectory.resolve("pg_test_fsync.out");
        try {
            String output = Command.run(List.of(tool().toString(), "-s", Integer.toString(secondsPerTest), "-f",
                    file.toString()), Map.of(), Duration.ofMinutes(10));
            return parse(secondsPerTest, output);
        } finally {
            delete(file);
        }
    }

    static FsyncBaseline parse(int secondsPerTest, String output) {
        List<Line> lines = new ArrayList<>();
        String writes = null;
        for (String text : output.split("\n")) {
            Matcher heading = HEADING.matcher(text);
            if (heading.matches()) {
                writes = heading.group(1);
                continue;
            }
            Matcher measured = MEASURED.matcher(text);
            if (writes != null && measured.matches() && METHODS.contains(measured.group(1))) {
                lines.add(new Line(writes, measured.group(1), Double.parseDouble(measured.group(2)),
                        Long.parseLong(measured.group(3))));
            }
        }
        if (lines.isEmpty()) {
            throw new IllegalStateException("no fdatasync/open_datasync line in pg_test_fsync's output:\n" + output);
        }
        return new FsyncBaseline(secondsPerTest, lines, output);
    }

    /** Debian's pg_test_fsync of the newest PostgreSQL installed. */
    private static Path tool() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(version -> version.resolve("bin/pg_test_fsync")).filter(Files::isExecutable)
                    .max(Comparator.comparing(path -> Integer.parseInt(path.getParent().getParent().getFileName().toString())))
                    .orElseThrow(() -> new IllegalStateException("no /usr/lib/postgresql/*/bin/pg_test_fsync: "
                            + "apt-get install postgresql"));
        } catch (IOException e) {
            throw new UncheckedIOException("no /usr/lib/postgresql: apt-get install postgresql", e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
