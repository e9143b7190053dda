package dev.tradebook.customer.domain;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tradebook.customer.reference.domain.ResultPage;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/**
 * The audit trail of the customers. Entries are written only inside the transaction of the change they
 * record (MANDATORY), after the change is flushed, so that each carries the version it produced.
 */
@ApplicationScoped
public class CustomerHistory implements PanacheRepositoryBase<HistoryEntry, Long> {

    private final ObjectMapper json;
    private final Clock clock;

    public CustomerHistory(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    /** Values are written with the API's JSON conventions (amounts as strings, ISO dates). */
    @Transactional(TxType.MANDATORY)
    void record(Customer customer, ChangeKind kind, String by, List<FieldChange> changes) {
        persist(entry(customer, kind, by, changes));
    }

    /**
     * The entry {@link #record} writes, for a writer that inserts it itself (an import's chunk): each change as
     * {"field", "before", "after"}, absent values as null.
     */
    HistoryEntry entry(Customer customer, ChangeKind kind, String by, List<FieldChange> changes) {
        try {
            return new HistoryEntry(customer, kind, by, clock.instant(), json.writeValueAsString(changes));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the changes of " + customer.code() + " cannot be written as JSON", e);
        }
    }

    /** Newest first: by the version each entry produced (ids come in blocks per service instance, V13). */
    ResultPage<HistoryEntry> of(String code, int page, int size) {
        return ResultPage.of(find("customerCode", Sort.descending("version", "id"), code), page, size);
    }
}
