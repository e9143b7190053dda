package dev.tradebook.platform.runtime.retention;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Keeps the platform's bookkeeping tables from growing without end: sent outbox rows, applied event
 * ids and completed idempotency keys older than their retention are deleted in small batches.
 */
@ApplicationScoped
public class RetentionSweep {

    private static final Logger LOG = Logger.getLogger(RetentionSweep.class);

    private final EntityManager entityManager;
    private final Clock clock;
    private final RetentionSettings settings;
    private ScheduledExecutorService timer;

    public RetentionSweep(EntityManager entityManager, Clock clock, RetentionSettings settings) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.settings = settings;
    }

    void start(@Observes StartupEvent startup) {
        if (!settings.enabled()) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "retention-sweep");
            thread.setDaemon(true);
            return thread;
        });
        long every = settings.interval().toMillis();
        timer.scheduleWithFixedDelay(this::sweepQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** Deletes everything past its retention; answers how many rows went. */
    public long sweep() {
        Instant now = clock.instant();
        return drain("delete from outbox_event where id in (select id from outbox_event"
                + " where sent_at < :before limit :batch)", now.minus(settings.sentEvents()))
                + drain("delete from inbox_event where event_id in (select event_id from inbox_event"
                        + " where received_at < :before limit :batch)", now.minus(settings.appliedEvents()))
                + drain("delete from idempotency_key where (scope, idempotency_key) in (select scope, idempotency_key"
                        + " from idempotency_key where claimed_at < :before limit :batch)", now.minus(settings.idempotencyKeys()));
    }

    private long drain(String statement, Instant before) {
        long total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(statement)
                    .setParameter("before", before)
                    .setParameter("batch", settings.batchSize())
                    .executeUpdate());
            total += deleted;
        } while (deleted == settings.batchSize());
        return total;
    }

    private void sweepQuietly() {
        try {
            long deleted = sweep();
            if (deleted > 0) {
                LOG.infof("Retention sweep deleted %d bookkeeping rows", deleted);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Retention sweep failed (%s); it runs again in %s", e.getMessage(), settings.interval());
        }
    }
}
