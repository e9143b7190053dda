package dev.tradebook.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * A Kafka KRaft broker (combined broker and controller) run from the Kafka jars as its own process,
 * with its log directory kept under the stack's home. Creates the system's topics when missing.
 */
public class KafkaServer implements AutoCloseable {

    public static final List<String> TOPICS = List.of("customer.events", "ledger.events", "sales.events");

    private final StackLayout layout;
    private final Ports ports;
    private final int partitions;
    private final ChildProcess broker;

    public KafkaServer(StackLayout layout, Ports ports, int partitions) {
        this.layout = layout;
        this.ports = ports;
        this.partitions = partitions;
        this.broker = new ChildProcess("kafka", JavaCommand.mainClass(layout, "kafka.Kafka", jvmOptions(), config().toString()),
                Map.of(), layout.home(), layout);
    }

    public String bootstrapServers() {
        return "localhost:" + ports.kafka();
    }

    public ChildProcess process() {
        return broker;
    }

    public void start() {
        writeConfig();
        formatOnce();
        broker.start();
        Readiness.await("Kafka", () -> listening(ports.kafka()), Duration.ofSeconds(120), broker);
        createTopics();
    }

    /** {@code kill -9} of the broker, then a start on the same data: what a crash and a restart look like. */
    public void crashAndRestart() {
        broker.kill();
        start();
    }

    @Override
    public void close() {
        broker.stop(Duration.ofSeconds(30));
    }

    private Path config() {
        return layout.home().resolve("kafka-server.properties");
    }

    private void writeConfig() {
        String properties = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@localhost:" + ports.kafkaController(),
                "listeners=PLAINTEXT://localhost:" + ports.kafka() + ",CONTROLLER://localhost:" + ports.kafkaController(),
                "advertised.listeners=PLAINTEXT://localhost:" + ports.kafka(),
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + layout.kafkaData(),
                "num.partitions=" + partitions,
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "");
        try {
            Files.writeString(config(), properties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void formatOnce() {
        if (Files.exists(layout.kafkaData().resolve("meta.properties"))) {
            return;
        }
        ChildProcess format = new ChildProcess("kafka-format", JavaCommand.mainClass(layout, "kafka.tools.StorageTool", jvmOptions(),
                "format", "--ignore-formatted", "-t", clusterId(), "-c", config().toString()), Map.of(), layout.home(), layout);
        format.start();
        Readiness.await("Kafka storage format", () -> !format.isAlive(), Duration.ofSeconds(120), null);
        if (!Files.exists(layout.kafkaData().resolve("meta.properties"))) {
            throw new IllegalStateException("Kafka storage was not formatted; see " + format.log());
        }
    }

    private void createTopics() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            for (String topic : TOPICS) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get(60, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + topic, e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not create the topics in time", e);
        }
    }

    private static String clusterId() {
        return Uuid.randomUuid().toString();
    }

    private static List<String> jvmOptions() {
        return List.of("-Xmx768m", "-Dorg.apache.logging.log4j.level=INFO");
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
