package dev.tradebook.deploy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
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
     * configuration refers to (${NAME} or ${some.property}, which the environment sets as SOME_PROPERTY) outside
     * the test and dev profiles.
     */
    Set<String> environment(EnvironmentTable table) {
        Set<String> names = new TreeSet<>(table.variablesOf(service));
        names.addAll(referencedVariables());
        return names;
    }

    Set<String> referencedVariables() {
        Set<String> names = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("%") && !key.startsWith("%prod.")) {
                continue;
            }
            REFERENCE.matcher(properties.getProperty(key)).results()
                    .map(reference -> environmentName(reference.group(1)))
                    .forEach(names::add);
        }
        return names;
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
