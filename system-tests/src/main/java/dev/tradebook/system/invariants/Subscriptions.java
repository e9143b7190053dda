package dev.tradebook.system.invariants;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Which database's service consumes which topic: topic → the databases whose inbox must hold its events. */
public record Subscriptions(Map<String, Set<String>> consumersByTopic) {

    /** Consumers by name, so that every report lists them in the same order. */
    public Subscriptions {
        Map<String, Set<String>> sorted = new TreeMap<>();
        consumersByTopic.forEach((topic, consumers) -> sorted.put(topic, new TreeSet<>(consumers)));
        consumersByTopic = sorted;
    }

    /** Each service's module and the database it keeps its inbox in (deploy/local's PostgresServer.DATABASES). */
    private static final Map<String, String> DATABASE_OF_MODULE = Map.of(
            "customer-service", "customer",
            "ledger-service", "ledger",
            "transaction-service", "transaction",
            "portal-gateway", "gateway");

    /** Read from the services' own configuration: every {@code mp.messaging.incoming.<channel>.topic}. */
    public static Subscriptions fromServiceConfig(Path repository) {
        Map<String, Set<String>> consumers = new TreeMap<>();
        DATABASE_OF_MODULE.forEach((module, database) -> {
            for (String topic : incomingTopics(repository.resolve(module).resolve("src/main/resources/application.properties"))) {
                consumers.computeIfAbsent(topic, t -> new TreeSet<>()).add(database);
            }
        });
        if (consumers.isEmpty()) {
            throw new IllegalStateException("no service configuration with incoming topics under " + repository);
        }
        return new Subscriptions(consumers);
    }

    public Set<String> consumersOf(String topic) {
        return consumersByTopic.getOrDefault(topic, Set.of());
    }

    private static List<String> incomingTopics(Path config) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(config)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + config, e);
        }
        return properties.stringPropertyNames().stream()
                .filter(name -> name.startsWith("mp.messaging.incoming.") && name.endsWith(".topic"))
                .map(properties::getProperty)
                .map(String::trim)
                .toList();
    }
}
