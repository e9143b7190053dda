package dev.tradebook.deploy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What a service's own configuration says a deployment must give it: its port, its health paths and the
 * environment variables it reads in production. The platform's shared defaults apply under the service's own.
 */
final class ServiceConfig {

    static final String PROPERTIES = "src/main/resources/application.properties";
    static final String PLATFORM_PROPERTIES = "platform/runtime/src/main/resources/META-INF/microprofile-config.properties";

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}:]+)(?::[^}]*)?}");
    private static final Pattern LOCALHOST = Pattern.compile("\\blocalhost\\b|\\b127\\.0\\.0\\.1\\b");

    private final String service;
    private final Properties properties;

    private ServiceConfig(String service, Properties properties) {
        this.service = service;
        this.properties = properties;
    }

    static ServiceConfig of(String service) {
        Properties properties = new Properties();
        load(properties, Repository.read(PLATFORM_PROPERTIES));
        load(properties, Repository.read(service + "/" + PROPERTIES));
        return new ServiceConfig(service, properties);
    }

    static ServiceConfig of(String service, String properties) {
        Properties loaded = new Properties();
        load(loaded, properties);
        return new ServiceConfig(service, loaded);
    }

    String service() {
        return service;
    }

    int port() {
        return Integer.parseInt(value("quarkus.http.port", "8080"));
    }

    /** The paths of Quarkus' health groups, as the probes must call them: live, ready and started. */
    Map<String, String> healthPaths() {
        String base = "/" + trimSlashes(value("quarkus.http.non-application-root-path", "q")) + "/"
                + trimSlashes(value("quarkus.smallrye-health.root-path", "health")) + "/";
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put("live", base + value("quarkus.smallrye-health.liveness-path", "live"));
        paths.put("ready", base + value("quarkus.smallrye-health.readiness-path", "ready"));
        paths.put("started", base + value("quarkus.smallrye-health.startup-path", "started"));
        return paths;
    }

    /**
     * The variables the service reads in production: the README's environment table, plus every property its
     * configuration refers to (${NAME} or ${some.property}, which the environment sets as SOME_PROPERTY) and
     * every setting whose default points at localhost, outside the test and dev profiles.
     */
    Set<String> environment(EnvironmentTable table) {
        Set<String> names = new TreeSet<>(table.variablesOf(service));
        names.addAll(referencedVariables());
        names.addAll(localhostSettings());
        return names;
    }

    /** A default on localhost only suits a developer's machine: a deployment must name the real host. */
    Set<String> localhostSettings() {
        Set<String> names = new TreeSet<>();
        for (String key : productionKeys()) {
            if (LOCALHOST.matcher(properties.getProperty(key)).find()) {
                names.add(environmentName(key.replaceFirst("^%prod\\.", "")));
            }
        }
        return names;
    }

    Set<String> referencedVariables() {
        Set<String> names = new TreeSet<>();
        for (String key : productionKeys()) {
            REFERENCE.matcher(properties.getProperty(key)).results()
                    .map(reference -> environmentName(reference.group(1)))
                    .forEach(names::add);
        }
        return names;
    }

    private List<String> productionKeys() {
        return properties.stringPropertyNames().stream()
                .filter(key -> !key.startsWith("%") || key.startsWith("%prod."))
                .toList();
    }

    /** MicroProfile Config's mapping of a property name to its environment variable. */
    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
    }

    private String value(String key, String otherwise) {
        String prod = properties.getProperty("%prod." + key);
        return prod != null ? prod : properties.getProperty(key, otherwise);
    }

    private static String trimSlashes(String path) {
        return path.replaceAll("^/+|/+$", "");
    }

    private static void load(Properties properties, String text) {
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
