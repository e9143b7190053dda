package dev.tradebook.customer.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One change of a customer, as the history shows it; written once, never changed. */
@Entity
@Immutable
@Table(name = "customer_history")
public class HistoryEntry {

    /** Reads the stored changes as Hibernate's own plain mapper read them when they were mapped as a tree. */
    private static final ObjectMapper STORED = new ObjectMapper();

    @Id
    // Fifty ids a round trip (V13), so that inserts go in batches.
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_history_ids")
    @SequenceGenerator(name = "customer_history_ids", sequenceName = "customer_history_id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "customer_code", nullable = false)
    private String customerCode;

    @Column(nullable = false)
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ChangeKind kind;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    /**
     * [{"field", "before", "after"}] in the JSON of the API, so that the history reads like the customer. Kept as
     * its text: written once as the API's mapper writes it, never turned into a tree to be written again.
     */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private String changes;

    protected HistoryEntry() {
    }

    HistoryEntry(Customer customer, ChangeKind kind, String changedBy, Instant changedAt, String changes) {
        this.customerCode = customer.code();
        this.version = customer.version();
        this.kind = kind;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.changes = changes;
    }

    public long version() {
        return version;
    }

    public ChangeKind kind() {
        return kind;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public JsonNode changes() {
        try {
            return STORED.readTree(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("history entry " + id + " holds no JSON", e);
        }
    }
}
