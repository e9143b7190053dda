package dev.tradebook.platform.runtime.outbox;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;

/**
 * Publishes committed outbox rows to Kafka in commit order, each pass in one Kafka transaction, then
 * marks them sent. One instance relays at a time (a PostgreSQL advisory lock), so several replicas of
 * a service never reorder one customer's events. A broker outage only delays: the rows stay pending
 * and the relay retries with exponential backoff; a pass with a failed row is aborted whole, so that
 * readers of committed records never see a later row of a customer before an earlier one.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Any constant works: it only has to be the same for every instance of one service. */
    private static final long RELAY_LOCK = 0x6f7574626f78L;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);

    private final EntityManager entityManager;
    private final Clock clock;
    private final OutboxSettings settings;
    private final Map<String, Object> kafkaConfig;
    private final Semaphore wakeUp = new Semaphore(0);
    private final AtomicLong pending = new AtomicLong();
    private final Counter published;
    private final Counter failures;

    private volatile boolean running;
    private final String instance;
    private Thread worker;
    private TransactionalPublisher publisher;

    public OutboxRelay(EntityManager entityManager, Clock clock, OutboxSettings settings, MeterRegistry registry,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            @ConfigProperty(name = "quarkus.application.name") String application,
            @ConfigProperty(name = "quarkus.http.port") int port) {
        this.instance = settings.transactionalId().orElse("outbox-relay-" + application + "-" + host() + "-" + port);
        this.entityManager = entityManager;
        this.clock = clock;
        this.settings = settings;
        this.kafkaConfig = kafkaConfig;
        registry.gauge("outbox.pending", pending);
        this.published = registry.counter("outbox.published");
        this.failures = registry.counter("outbox.relay.failures");
    }

    void start(@Observes StartupEvent startup) {
        if (!settings.relayEnabled()) {
            LOG.info("Outbox relay disabled: another publisher drains the outbox");
            return;
        }
        publisher = new TransactionalPublisher(producerConfig());
        running = true;
        worker = new Thread(this::relayUntilStopped, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        if (worker == null) {
            return;
        }
        running = false;
        worker.interrupt();
        worker.join(Duration.ofSeconds(10).toMillis());
        publisher.close();
    }

    /** Called after a commit that wrote outbox rows, so they leave at once rather than at the next poll. */
    public void wake() {
        if (wakeUp.availablePermits() == 0) {
            wakeUp.release();
        }
    }

    /** Rows committed but not yet acknowledged by the broker, as of the relay's last pass. */
    public long pending() {
        return pending.get();
    }

    private void relayUntilStopped() {
        Duration backoff = Duration.ZERO;
        while (running) {
            try {
                Pass pass = QuarkusTransaction.requiringNew()
                        .timeout((int) settings.deliveryTimeout().multipliedBy(2).toSeconds())
                        .call(this::relayBatch);
                if (pass.failure() != null) {
                    throw pass.failure();
                }
                backoff = Duration.ZERO;
                if (pass.sent() < settings.batchSize()) {
                    wakeUp.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeUp.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                failures.increment();
                backoff = nextBackoff(backoff);
                LOG.warnf("Outbox relay could not publish (%s); %d pending, retrying in %d ms",
                        reason(e), pending.get(), backoff.toMillis());
                if (!pause(backoff)) {
                    return;
                }
            }
        }
    }

    private Pass relayBatch() {
        Boolean locked = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(:lock)")
                .setParameter("lock", RELAY_LOCK)
                .getSingleResult();
        if (!locked) {
            return new Pass(0, null);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select id, aggregatetype, aggregateid, type, cast(payload as text)
                from outbox_event where sent_at is null order by seq limit :limit""")
                .setParameter("limit", settings.batchSize())
                .getResultList();
        Exception failure = null;
        try {
            publisher.publish(rows.stream().map(OutboxRelay::record).toList());
            markSent(rows);
        } catch (KafkaException e) {
            failure = e;
        }
        pending.set(((Number) entityManager.createNativeQuery("select count(*) from outbox_event where sent_at is null")
                .getSingleResult()).longValue());
        return new Pass(failure == null ? rows.size() : 0, failure);
    }

    private void markSent(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        entityManager.createNativeQuery("update outbox_event set sent_at = :now where id in (:ids)")
                .setParameter("now", clock.instant())
                .setParameter("ids", rows.stream().map(row -> (UUID) row[0]).toList())
                .executeUpdate();
        published.increment(rows.size());
    }

    private static ProducerRecord<String, String> record(Object[] row) {
        ProducerRecord<String, String> record = new ProducerRecord<>((String) row[1], (String) row[2], (String) row[4]);
        record.headers().add("id", row[0].toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add("content-type", "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.keySet().removeIf(key -> !ProducerConfig.configNames().contains(key));
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, instance);
        config.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, (int) settings.deliveryTimeout().multipliedBy(2).toMillis());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) settings.deliveryTimeout().toMillis());
        return config;
    }

    /** The failure and, when the producer only reports its failed state, what put it there. */
    private static String reason(Exception e) {
        Throwable cause = e.getCause();
        return cause == null || cause == e ? e.getMessage() : e.getMessage() + ": " + cause;
    }

    /** Where the instance runs: a pod's name in Kubernetes, so that each replica has its own transactional id. */
    private static String host() {
        String host = System.getenv("HOSTNAME");
        if (host != null && !host.isBlank()) {
            return host;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    private Duration nextBackoff(Duration current) {
        Duration next = current.isZero() ? FIRST_BACKOFF : current.multipliedBy(2);
        return next.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : next;
    }

    private boolean pause(Duration backoff) {
        try {
            Thread.sleep(backoff.toMillis());
            return running;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private record Pass(int sent, Exception failure) {
    }
}
