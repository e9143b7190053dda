package dev.tradebook.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import dev.tradebook.local.LocalStack;
import dev.tradebook.local.Ports;
import dev.tradebook.local.StackLayout;

/**
 * One whole stack for all system tests of a run, started through the same launcher as
 * {@code deploy/local/run}, on ports shifted by 10000 (system property {@code tradebook.portShift}) so that it
 * can run beside a developer's stack, with fresh data under {@code system-tests/target/stack}.
 */
final class SystemStack {

    private static LocalStack stack;

    private SystemStack() {
    }

    static synchronized LocalStack get() {
        if (stack == null) {
            Path repository = Path.of(System.getProperty("tradebook.repository", "..")).toAbsolutePath().normalize();
            Path home = repository.resolve("system-tests/target/stack");
            deleteRecursively(home);
            Ports ports = Ports.DEFAULT.shiftedBy(Integer.getInteger("tradebook.portShift", 10_000));
            stack = LocalStack.start(StackLayout.at(repository, home), ports, Optional.empty(),
                    component -> System.err.println("[system-tests] starting " + component));
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close));
        }
        return stack;
    }

    /** The stack, when a test of this run started it. */
    static synchronized Optional<LocalStack> started() {
        return Optional.ofNullable(stack);
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
