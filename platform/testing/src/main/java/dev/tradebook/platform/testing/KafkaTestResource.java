package dev.tradebook.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;

/**
 * A real Kafka KRaft broker in the test JVM (the Kafka jars of the Quarkus BOM, no Docker), one per
 * test JVM. Its ports and log directory stay fixed, so a test can stop it and start it again to
 * prove that nothing committed during an outage is lost.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedKafkaBroker broker;

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", broker().getAdvertisedListeners());
    }

    @Override
    public void stop() {
        // The broker lives as long as the test JVM; restarting it per application would only cost time.
    }

    public static synchronized EmbeddedKafkaBroker broker() {
        if (broker == null) {
            Path logDirectory = logDirectory();
            broker = new EmbeddedKafkaBroker()
                    .withKafkaPort(freePort())
                    .withControllerPort(freePort())
                    .withDeleteLogDirsOnClose(false)
                    .withAdditionalProperties(properties -> {
                        properties.put("log.dir", logDirectory.toString());
                        properties.put("num.partitions", "3");
                        properties.put("auto.create.topics.enable", "true");
                    });
            broker.start();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::close));
        } else if (!broker.isRunning()) {
            broker.start();
        }
        return broker;
    }

    public static String bootstrapServers() {
        return broker().getAdvertisedListeners();
    }

    /** Stops the broker as an outage would: clients lose their connection, the data stays. */
    public static synchronized void stopBroker() {
        broker().close();
    }

    /** Starts the stopped broker again on the same ports with the same data. */
    public static synchronized void startBroker() {
        broker();
    }

    private static Path logDirectory() {
        try {
            Path directory = Files.createTempDirectory("kafka-test-");
            directory.toFile().deleteOnExit();
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
