package dev.tradebook.system.report;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;

/**
 * What the broker alone takes: Kafka's own producer perf tool ({@code ProducerPerformance}, from kafka-tools at the
 * broker's version) sending records of our events' size with {@code acks=all}, as the outbox relay does. It ends
 * with {@code System.exit}, so it runs as a child JVM on this program's classpath.
 */
public record ProducerBaseline(long records, int recordBytes, double recordsPerSecond, double megabytesPerSecond,
        double averageMillis, double p99Millis, double maxMillis, long failedRecords, String output) {

    public static final String TOPIC = "proof.producer-baseline";
    /** As many as the system's topics have. */
    private static final int PARTITIONS = 6;

    private static final Pattern TOTAL = Pattern.compile(
            "(?m)^(\\d+) records sent, ([\\d.]+) records/sec \\(([\\d.]+) MB/sec\\), "
            + "([\\d.]+) ms avg latency, ([\\d.]+) ms max latency, \\d+ ms 50th, \\d+ ms 95th, (\\d+) ms 99th");
    /** The tool prints the exception of each record it could not send on a line of its own, leaving it out of its totals. */
    private static final Pattern SEND_ERROR = Pattern.compile("(?m)^org\\.apache\\.kafka\\.\\S+Exception: ");

    public static ProducerBaseline run(String bootstrapServers, int records, int recordBytes) throws Exception {
        createTopic(bootstrapServers);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String output = Command.run(List.of(java.toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.apache.kafka.tools.ProducerPerformance", "--topic", TOPIC, "--num-records", Integer.toString(records),
                "--record-size", Integer.toString(recordBytes), "--throughput", "-1", "--producer-props",
                "bootstrap.servers=" + bootstrapServers, "acks=all"), Map.of(), Duration.ofMinutes(10));
        return parse(recordBytes, output);
    }

    static ProducerBaseline parse(int recordBytes, String output) {
        // the progress lines every 5 s have no percentiles: only the total matches
        Matcher total = TOTAL.matcher(output);
        if (!total.find()) {
            throw new IllegalStateException("ProducerPerformance printed no total:\n" + output);
        }
        return new ProducerBaseline(Long.parseLong(total.group(1)), recordBytes, Double.parseDouble(total.group(2)),
                Double.parseDouble(total.group(3)), Double.parseDouble(total.group(4)), Double.parseDouble(total.group(6)),
                Double.parseDouble(total.group(5)), SEND_ERROR.matcher(output).results().count(), output);
    }

    /**
     * The topic made and led before the first record: a topic the producer's first send creates can leave one
     * partition's batches waiting for a leader until they expire.
     */
    private static void createTopic(String bootstrapServers) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, PARTITIONS, (short) 1))).all().get(1, TimeUnit.MINUTES);
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while (!led(admin)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(TOPIC + " has a partition without a leader after a minute");
                }
                Thread.sleep(200);
            }
        }
    }

    private static boolean led(Admin admin) throws Exception {
        TopicDescription topic = admin.describeTopics(List.of(TOPIC)).allTopicNames().get(1, TimeUnit.MINUTES).get(TOPIC);
        return topic.partitions().size() == PARTITIONS
                && topic.partitions().stream().allMatch(partition -> partition.leader() != null);
    }
}
