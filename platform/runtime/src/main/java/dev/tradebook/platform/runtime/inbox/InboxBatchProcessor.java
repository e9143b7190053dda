package dev.tradebook.platform.runtime.inbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.tradebook.platform.events.CloudEvent;
import dev.tradebook.platform.runtime.events.EventCodec;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The read side of a batch consumer: a whole poll of records in one transaction (one inbox statement, one
 * commit) instead of one transaction per record. When the batch fails, for whatever reason (a refused or
 * malformed record, a transient fault), nothing of it stays and each record is applied alone through
 * {@link InboxProcessor#process}, with its retries; the records that fail there too are answered, for the
 * caller to park on its dead-letter topic as the single-record consumer would.
 */
@ApplicationScoped
public class InboxBatchProcessor {

    private static final Logger LOG = Logger.getLogger(InboxBatchProcessor.class);

    private final EventCodec codec;
    private final Inbox inbox;
    private final InboxProcessor oneByOne;
    private final Counter applied;
    private final Counter duplicates;
    private final Counter fallbacks;

    public InboxBatchProcessor(EventCodec codec, Inbox inbox, InboxProcessor oneByOne, MeterRegistry registry) {
        this.codec = codec;
        this.inbox = inbox;
        this.oneByOne = oneByOne;
        this.applied = registry.counter("inbox.applied");
        this.duplicates = registry.counter("inbox.duplicates");
        this.fallbacks = registry.counter("inbox.batch.fallbacks");
    }

    /** A record that could not be applied, by its position in the batch, and why. */
    public record Rejection(int index, RuntimeException cause) {
    }

    /** Applies the records in order; answers those that could not be applied even one by one. */
    public List<Rejection> process(List<String> records, BatchEventHandler batch, EventHandler single) {
        try {
            QuarkusTransaction.requiringNew().run(() -> applyTogether(records, batch));
            return List.of();
        } catch (RuntimeException e) {
            fallbacks.increment();
            LOG.infof("A batch of %d records failed (%s); applying them one by one", records.size(), e.toString());
            return applyOneByOne(records, single);
        }
    }

    private void applyTogether(List<String> records, BatchEventHandler batch) {
        Map<String, CloudEvent<?>> firstOfEachId = new LinkedHashMap<>();
        int known = 0;
        for (String record : records) {
            Optional<CloudEvent<?>> event = codec.decode(record);
            if (event.isPresent()) {
                known++;
                firstOfEachId.putIfAbsent(event.get().id(), event.get());
            }
        }
        Set<String> firstDeliveries = inbox.firstDeliveries(List.copyOf(firstOfEachId.values()));
        List<CloudEvent<?>> toApply = firstOfEachId.values().stream()
                .filter(event -> firstDeliveries.contains(event.id()))
                .toList();
        batch.apply(toApply);
        applied.increment(toApply.size());
        duplicates.increment(known - toApply.size());
    }

    private List<Rejection> applyOneByOne(List<String> records, EventHandler single) {
        List<Rejection> rejections = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            try {
                oneByOne.process(records.get(i), single);
            } catch (RuntimeException e) {
                rejections.add(new Rejection(i, e));
            }
        }
        return rejections;
    }
}
