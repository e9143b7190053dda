package dev.tradebook.system.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A tool the report runs as a child process, its output (standard output and error together) read whole. */
final class Command {

    private Command() {
    }

    /** The tool's output; fails when it does not end in time or ends with an error, naming the tool and its output. */
    static String run(List<String> command, Map<String, String> environment, Duration timeout) {
        try {
            Path output = Files.createTempFile("report-command", ".txt");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(output.toFile());
                builder.environment().putAll(environment);
                Process process = builder.start();
                if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(command.get(0) + " did not end within " + timeout);
                }
                String text = Files.readString(output, StandardCharsets.UTF_8);
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(command + " ended with " + process.exitValue() + ":\n" + text);
                }
                return text;
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String run(String... command) {
        return run(List.of(command), Map.of(), Duration.ofMinutes(1));
    }
}
