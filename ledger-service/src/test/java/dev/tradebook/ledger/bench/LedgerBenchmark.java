package dev.tradebook.ledger.bench;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import dev.tradebook.ledger.SalesDesk;
import dev.tradebook.ledger.domain.CustomerLedgers;
import dev.tradebook.ledger.domain.Debtor;
import dev.tradebook.platform.events.Topics;
import dev.tradebook.platform.events.sales.Allocation;
import dev.tradebook.platform.testing.KafkaTestResource;
import dev.tradebook.platform.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Not a test: the benchmark of ledger-service/bench (run.sh), run only with {@code -Dledger.bench=true}. Postings
 * per second from a burst of invoice and payment events on the real broker, against pgbench inserting the same
 * journal rows into the same database; then aging over many customers and open items.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "ledger.bench", matches = "true")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LedgerBenchmark {

    static final int CUSTOMERS = Integer.getInteger("ledger.bench.customers", 200);
    static final int EVENTS = Integer.getInteger("ledger.bench.events", 4000);
    static final int AGING_CUSTOMERS = Integer.getInteger("ledger.bench.aging-customers", 100_000);
    static final int AGING_ITEMS = Integer.getInteger("ledger.bench.aging-items", 10);
    static final Path REPORT = Path.of("target", "ledger-benchmark.txt");

    @Inject
    CustomerLedgers customerLedgers;

    @Inject
    SalesDesk salesDesk;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Test
    @Order(1)
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
        Files.writeString(REPORT, report);
    }

    /** Seeds the customers and items with psql (bench/aging-seed.sql), then times GET /aging as of today and 100 days ago. */
    @Test
    @Order(2)
    void agingOverManyOpenItems() throws Exception {
        long seeded = System.nanoTime();
        run("psql", "-v", "ON_ERROR_STOP=1", "-v", "customers=" + AGING_CUSTOMERS, "-v", "items=" + AGING_ITEMS,
                "-f", Path.of("bench", "aging-seed.sql").toAbsolutePath().toString());
        double seedSeconds = (System.nanoTime() - seeded) / 1e9;
        StringBuilder report = new StringBuilder(String.format("aging: customers=%d items=%d seeded in %.0f s%n",
                AGING_CUSTOMERS, AGING_CUSTOMERS * AGING_ITEMS * 5L / 4, seedSeconds));
        for (LocalDate asOf : List.of(LocalDate.now(), LocalDate.now().minusDays(100))) {
            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                long start = System.nanoTime();
                given().auth().oauth2(Tokens.withRoles("accounts")).queryParam("asOf", asOf.toString())
                        .when().get("/api/v1/aging").then().statusCode(200);
                millis.add((System.nanoTime() - start) / 1_000_000);
            }
            report.append(String.format("aging asOf=%s: first %d ms, then %s ms%n", asOf, millis.get(0), millis.subList(1, 5)));
        }
        System.out.print(report);
        Files.writeString(REPORT, report, StandardOpenOption.APPEND);
    }

    /** Runs a PostgreSQL client against the test database; answers its output. */
    private String run(String... command) throws IOException, InterruptedException {
        Matcher url = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]+).*").matcher(jdbcUrl);
        if (!url.matches()) {
            throw new IllegalStateException("not a PostgreSQL URL: " + jdbcUrl);
        }
        List<String> arguments = new ArrayList<>(List.of(command));
        arguments.addAll(List.of("-h", url.group(1), "-p", url.group(2), "-U", "postgres", url.group(3)));
        ProcessBuilder builder = new ProcessBuilder(arguments).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", "postgres");
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(command[0] + " failed:\n" + output);
        }
        return output;
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
        String output = run("pgbench", "-n", "-c", "1", "-t", Integer.toString(transactions), "-D", "customers=" + CUSTOMERS,
                "-f", Path.of("bench", "journal-insert.sql").toAbsolutePath().toString());
        Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("no tps in:\n" + output);
        }
        return Double.parseDouble(tps.group(1));
    }
}
