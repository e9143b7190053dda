package dev.tradebook.local;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the local stack keeps its state: by default {@code .local/} at the repository root
 * (git-ignored), so that a second start finds the data of the first.
 */
public record StackLayout(Path repository, Path home) {

    public static StackLayout at(Path repository, Path home) {
        StackLayout layout = new StackLayout(repository.toAbsolutePath().normalize(), home.toAbsolutePath().normalize());
        layout.create(layout.logs());
        layout.create(layout.pids());
        return layout;
    }

    public Path postgresData() {
        return home.resolve("postgres");
    }

    public Path kafkaData() {
        return home.resolve("kafka");
    }

    public Path keycloakHome() {
        return home.resolve("keycloak");
    }

    public Path logs() {
        return home.resolve("logs");
    }

    public Path pids() {
        return home.resolve("run");
    }

    public Path serviceJar(String service) {
        return repository.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public Path keycloakDistribution() {
        return repository.resolve("deploy/local/target/dist/keycloak.zip");
    }

    /** The launcher's classes and dependencies, as {@code deploy/local} was built. */
    public String launcherClasspath() {
        Path module = repository.resolve("deploy/local/target");
        try {
            return module.resolve("classes") + File.pathSeparator + Files.readString(module.resolve("classpath.txt")).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(module.resolve("classpath.txt") + " is missing: build first (./mvnw -DskipTests package)", e);
        }
    }

    public Path realm() {
        return repository.resolve("deploy/keycloak/realm.json");
    }

    private void create(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
