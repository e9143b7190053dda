package dev.tradebook.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import dev.tradebook.load.MixedRun;

/**
 * What one fault run leaves behind for the proof report ({@code system-tests/write-report --fault-runs}): under
 * {@code target/fault-runs/<fault>/} the load's Markdown tables, its per-second timeline and
 * {@code summary.properties} (the load's key=value summary, the fault's settings and the outcome). Written whether
 * the run passed or failed, so that a failed full run shows where.
 */
record FaultRunRecord(String fault, String description, int rate, int seconds, int pauseSeconds, int faultAtSecond) {

    static final Path ROOT = Path.of("target", "fault-runs");

    void write(Optional<MixedRun> run, Optional<Throwable> failure) throws IOException {
        Path directory = Files.createDirectories(ROOT.resolve(fault));
        StringBuilder summary = new StringBuilder();
        summary.append("fault=").append(description).append('\n')
                .append("rate=").append(rate).append('\n')
                .append("seconds=").append(seconds).append('\n')
                .append("pause_seconds=").append(pauseSeconds).append('\n')
                .append("fault_at_second=").append(faultAtSecond).append('\n')
                .append("finished_at=").append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append('\n')
                .append("commit=").append(commit()).append('\n')
                .append("outcome=").append(failure.isEmpty() ? "passed" : "failed").append('\n');
        failure.ifPresent(cause -> summary.append("failure=").append(firstLine(cause)).append('\n'));
        run.ifPresent(result -> summary.append(result.summary()));
        Files.writeString(directory.resolve("summary.properties"), summary, StandardCharsets.UTF_8);
        if (run.isPresent()) {
            Files.writeString(directory.resolve("report.md"), run.get().markdown(), StandardCharsets.UTF_8);
            Files.writeString(directory.resolve("timeline.csv"), run.get().timelineCsv(), StandardCharsets.UTF_8);
        }
    }

    private static String firstLine(Throwable cause) {
        String message = String.valueOf(cause.getMessage());
        String line = cause.getClass().getSimpleName() + ": " + message.lines().findFirst().orElse("");
        return line.replace('\\', '/');
    }

    private static String commit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
            String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return git.waitFor() == 0 ? output : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
