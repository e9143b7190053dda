package dev.tradebook.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The checkout the checks read: the deploy files and the services' own configuration. */
final class Repository {

    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

    private Repository() {
    }

    /** Surefire runs in deploy/checks; the checkout is two levels up. */
    static Path root() {
        Path root = Path.of("").toAbsolutePath().getParent().getParent();
        if (!Files.isRegularFile(root.resolve("deploy/compose.yml"))) {
            throw new IllegalStateException("not a Tradebook checkout: " + root);
        }
        return root;
    }

    static Path path(String relative) {
        return root().resolve(relative);
    }

    static String read(String relative) {
        try {
            return Files.readString(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every module of the reactor that is a service: one with an application.properties of its own. */
    static List<String> services() {
        Matcher modules = MODULE.matcher(read("pom.xml"));
        return modules.results()
                .map(module -> module.group(1))
                .filter(module -> Files.isRegularFile(path(module).resolve(ServiceConfig.PROPERTIES)))
                .toList();
    }
}
