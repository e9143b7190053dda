package dev.tradebook.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak from {@code org.keycloak:keycloak-quarkus-dist}, unpacked under the stack's home and run
 * in dev mode with the realm of {@code deploy/keycloak/realm.json} imported. Keycloak imports a realm only
 * when it does not have it yet, so a second start keeps the realm and its users as they are — until
 * realm.json changes: then the dev database is dropped and the new realm imported, or users and clients added
 * to the file would never appear.
 */
public class KeycloakServer implements AutoCloseable {

    public static final String REALM = "distribution";

    private final StackLayout layout;
    private final Ports ports;
    private final ChildProcess keycloak;

    public KeycloakServer(StackLayout layout, Ports ports) {
        this.layout = layout;
        this.ports = ports;
        Path home = layout.keycloakHome().resolve(distributionDirectory());
        this.keycloak = new ChildProcess("keycloak",
                List.of(home.resolve("bin/kc.sh").toString(), "start-dev", "--http-port=" + ports.keycloak(),
                        "--http-management-port=" + (ports.keycloak() + 820), "--import-realm"),
                Map.of("JAVA_HOME", System.getProperty("java.home"),
                        "JAVA_OPTS_APPEND", "-Xmx768m",
                        "KC_BOOTSTRAP_ADMIN_USERNAME", "kcadmin",
                        "KC_BOOTSTRAP_ADMIN_PASSWORD", "kcadmin"),
                home, layout);
    }

    public String realmUrl() {
        return "http://localhost:" + ports.keycloak() + "/realms/" + REALM;
    }

    public String tokenUrl() {
        return realmUrl() + "/protocol/openid-connect/token";
    }

    public ChildProcess process() {
        return keycloak;
    }

    public void start() {
        Path home = layout.keycloakHome().resolve(distributionDirectory());
        if (!Files.exists(home.resolve("bin/kc.sh"))) {
            unpack(layout.keycloakDistribution(), layout.keycloakHome());
        }
        copyRealm(home);
        keycloak.start();
        Readiness.awaitHttp("Keycloak", realmUrl() + "/.well-known/openid-configuration", body -> body.contains("issuer"),
                Duration.ofMinutes(5), keycloak);
    }

    @Override
    public void close() {
        keycloak.stop(Duration.ofSeconds(30));
    }

    private void copyRealm(Path home) {
        try {
            Path imported = Files.createDirectories(home.resolve("data/import")).resolve("realm.json");
            if (Files.exists(imported) && Files.mismatch(imported, layout.realm()) >= 0) {
                System.out.println("deploy/keycloak/realm.json changed: Keycloak's dev data is reset to the new realm"
                        + " (portal logins provisioned earlier come back when their customers change)");
                deleteTree(home.resolve("data/h2"));
            }
            Files.copy(layout.realm(), imported, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static String distributionDirectory() {
        return "keycloak";
    }

    /** Unpacks the distribution, dropping its top folder, and makes its scripts executable. */
    private static void unpack(Path zip, Path target) {
        if (!Files.exists(zip)) {
            throw new IllegalStateException(zip + " is missing: build first (./mvnw -DskipTests package)");
        }
        Path home = target.resolve(distributionDirectory());
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue;
                }
                Path destination = home.resolve(name.substring(slash + 1)).normalize();
                if (!destination.startsWith(home)) {
                    throw new IllegalStateException("unsafe path in " + zip + ": " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                } else {
                    Files.createDirectories(destination.getParent());
                    Files.copy(entries, destination, StandardCopyOption.REPLACE_EXISTING);
                    if (name.endsWith(".sh")) {
                        destination.toFile().setExecutable(true);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + zip, e);
        }
    }
}
