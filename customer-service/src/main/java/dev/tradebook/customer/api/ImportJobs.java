package dev.tradebook.customer.api;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import dev.tradebook.customer.config.ImportSettings;
import dev.tradebook.customer.domain.CustomerImports;
import io.quarkus.runtime.StartupEvent;

/**
 * The threads imports run on, and the watch for imports whose runner is gone: a restart in the middle of an
 * import leaves it RUNNING with figures that no longer move; after {@code customer.import.abandoned-after} it is
 * taken over and resumed from the last chunk written.
 */
@ApplicationScoped
class ImportJobs {

    private static final Logger LOG = Logger.getLogger(ImportJobs.class);

    private final ImportRunner runner;
    private final CustomerImports imports;
    private final ImportSettings settings;
    private final ExecutorService runners;
    private ScheduledExecutorService watch;

    ImportJobs(ImportRunner runner, CustomerImports imports, ImportSettings settings) {
        this.runner = runner;
        this.imports = imports;
        this.settings = settings;
        this.runners = Executors.newFixedThreadPool(settings.runners(), task -> {
            Thread thread = new Thread(task, "customer-import");
            thread.setDaemon(true);
            return thread;
        });
    }

    void onStart(@Observes StartupEvent started) {
        watch = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "customer-import-watch");
            thread.setDaemon(true);
            return thread;
        });
        long every = settings.resumeInterval().toMillis();
        watch.scheduleWithFixedDelay(this::resumeAbandonedQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    void submit(UUID id, UUID runnerId) {
        runners.execute(() -> runner.run(id, runnerId));
    }

    /** Takes over every abandoned import and runs it on; answers how many. */
    int resumeAbandoned() {
        Map<UUID, UUID> abandoned = imports.takeOverAbandoned(settings.abandonedAfter());
        abandoned.forEach((id, runnerId) -> {
            LOG.infof("import %s: its runner is gone, resuming it", id);
            submit(id, runnerId);
        });
        return abandoned.size();
    }

    private void resumeAbandonedQuietly() {
        try {
            resumeAbandoned();
        } catch (RuntimeException e) {
            LOG.warn("could not look for abandoned imports", e);
        }
    }

    @PreDestroy
    void stop() {
        if (watch != null) {
            watch.shutdownNow();
        }
        runners.shutdownNow();
    }
}
