package dev.tradebook.ledger.bench;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import dev.tradebook.ledger.SalesDesk;
import dev.tradebook.ledger.domain.CustomerLedgers;
import dev.tradebook.ledger.domain.Debtor;
import dev.tradebook.platform.events.Topics;
import dev.tradebook.platform.events.sales.Allocation;
import dev.tradebook.platform.testing.KafkaTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Not a test: the benchmark of ledger-service/bench (run.sh). Postings per second from a burst of invoice and
 * payment events on the real broker, against pgbench inserting the same journal rows into the same database.
 * Runs only with {@code -Dledger.bench=true}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "ledger.bench", matches = "true")
class PostingBenchmark {

    static final int CUSTOMERS = Integer.getInteger("ledger.bench.customers", 200);
    static final int EVENTS = Integer.getInteger("ledger.bench.events", 4000);

    @Inject
    CustomerLedgers customerLedgers;

    @Inject
    SalesDesk salesDesk;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Test
    void postingsPerSecondAgainstRawSql() throws Exception {
        for (int c = 1; c <= CUSTOMERS; c++) {
            String code = "BENCH-" + c;
            QuarkusTransaction.requiringNew().run(() -> customerLedgers.keep(
                    new Debtor(code, "Bench customer " + code, "INR", List.of("DOM")), BigDecimal.ZERO));
        }
        List<ProducerRecord<String, String>> burst = burst();
        long before = entries();

        long start = System.nanoTime();
        send(burst);
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> entries() - before >= EVENTS);
        double service = EVENTS / ((System.nanoTime() - start) / 1e9);

        double raw = pgbench(EVENTS);
        String report = String.format("events=%d customers=%d service=%.0f postings/s pgbench=%.0f tx/s ratio=%.2f%n",
                EVENTS, CUSTOMERS, service, raw, service / raw);
        System.out.print(report);
        Files.writeString(Path.of("target", "posting-benchmark.txt"), report);
    }

    /** Half invoices, half payments naming the invoice before them, spread over the customers. */
    private List<ProducerRecord<String, String>> burst() {
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        LocalDate today = LocalDate.now();
        for (int i = 0; i < EVENTS / 2; i++) {
            String code = "BENCH-" + (i % CUSTOMERS + 1);
            String invoice = "INV-" + i;
            records.add(record(code, salesDesk.encode(salesDesk.invoice(code, invoice, "INR", today, today.plusDays(30), "100.00", "18.00"))));
            records.add(record(code, salesDesk.encode(salesDesk.payment(code, "PAY-" + i, "INR", "118.00",
                    new Allocation(invoice, new BigDecimal("118.00"))))));
        }
        return records;
    }

    private static ProducerRecord<String, String> record(String key, String value) {
        return new ProducerRecord<>(Topics.SALES_EVENTS, key, value);
    }

    private static void send(List<ProducerRecord<String, String>> records) throws InterruptedException, ExecutionException {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 5),
                new StringSerializer(), new StringSerializer())) {
            List<Future<RecordMetadata>> acks = new ArrayList<>();
            records.forEach(record -> acks.add(producer.send(record)));
            for (Future<RecordMetadata> ack : acks) {
                ack.get();
            }
        }
    }

    private long entries() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from journal_entry where customer_code like 'BENCH-%'")
                .getSingleResult()).longValue());
    }

    /** One client, like the one ordered consumer of the service; answers transactions per second. */
    private double pgbench(int transactions) throws IOException, InterruptedException {
        Matcher url = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]+).*").matcher(jdbcUrl);
        if (!url.matches()) {
            throw new IllegalStateException("not a PostgreSQL URL: " + jdbcUrl);
        }
        Path script = Path.of("bench", "journal-insert.sql").toAbsolutePath();
        Process pgbench = new ProcessBuilder("pgbench", "-n", "-c", "1", "-t", Integer.toString(transactions),
                "-D", "customers=" + CUSTOMERS, "-f", script.toString(),
                "-h", url.group(1), "-p", url.group(2), "-U", "postgres", url.group(3))
                .redirectErrorStream(true).start();
        pgbench.getOutputStream().close();
        String output = new String(pgbench.getInputStream().readAllBytes());
        if (pgbench.waitFor() != 0) {
            throw new IllegalStateException("pgbench failed:\n" + output);
        }
        Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("no tps in:\n" + output);
        }
        return Double.parseDouble(tps.group(1));
    }
}
