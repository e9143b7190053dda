package dev.tradebook.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code deploy/local/run [--demo]} starts the stack and keeps it up until Ctrl-C;
 * {@code deploy/local/run stop} stops a stack started elsewhere (or left behind).
 */
public final class LocalStackCommand {

    private static final String LAUNCHER = "launcher";

    private LocalStackCommand() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path repository = Path.of(System.getProperty("tradebook.repository", ".")).toAbsolutePath().normalize();
        StackLayout layout = StackLayout.at(repository, repository.resolve(".local"));
        List<String> arguments = List.of(args);
        if (arguments.contains("stop")) {
            stop(layout);
            return;
        }
        run(layout, arguments.contains("--demo"));
    }

    private static void run(StackLayout layout, boolean demo) throws InterruptedException {
        Path launcherPid = layout.pids().resolve(LAUNCHER + ".pid");
        if (alive(launcherPid).isPresent()) {
            System.err.println("A stack is already running (pid file " + launcherPid + "); stop it with deploy/local/run stop");
            System.exit(1);
        }
        write(launcherPid, Long.toString(ProcessHandle.current().pid()));
        LocalStack stack = LocalStack.start(layout, Ports.DEFAULT, externalDatabase(),
                component -> System.out.println("starting " + component + " ..."));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("stopping ...");
            stack.close();
            delete(launcherPid);
            stopped.countDown();
        }));
        if (demo) {
            new DemoData(stack).load(System.out::println);
        }
        System.out.println(Banner.of(stack));
        stopped.await();
    }

    /** SIGTERM to the launcher (its shutdown hook stops everything), then kills whatever is left. */
    private static void stop(StackLayout layout) {
        alive(layout.pids().resolve(LAUNCHER + ".pid")).ifPresent(launcher -> {
            launcher.destroy();
            launcher.onExit().orTimeout(120, TimeUnit.SECONDS).exceptionally(e -> launcher).join();
        });
        try (Stream<Path> pids = Files.list(layout.pids())) {
            pids.forEach(pidFile -> {
                alive(pidFile).ifPresent(process -> {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                });
                delete(pidFile);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        alive(layout.postgresData().resolve("postmaster.pid")).ifPresent(postgres -> {
            postgres.destroy();
            postgres.onExit().orTimeout(60, TimeUnit.SECONDS).exceptionally(e -> postgres).join();
        });
        System.out.println("stopped; data kept in " + layout.home());
    }

    private static Optional<Database> externalDatabase() {
        return Optional.ofNullable(System.getenv("TRADEBOOK_DATABASE_URL")).map(url -> new Database(url,
                Optional.ofNullable(System.getenv("TRADEBOOK_DATABASE_USER")).orElse("postgres"),
                Optional.ofNullable(System.getenv("TRADEBOOK_DATABASE_PASSWORD")).orElse("")));
    }

    private static Optional<ProcessHandle> alive(Path pidFile) {
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
            return ProcessHandle.of(Long.parseLong(firstLine)).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
