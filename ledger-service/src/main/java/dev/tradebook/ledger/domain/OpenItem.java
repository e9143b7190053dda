package dev.tradebook.ledger.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A posted document as far as it is not yet settled: its amount and what of it is still outstanding. */
@Entity
@Table(name = "open_item")
public class OpenItem {

    @Id
    private UUID id;

    @Column(name = "customer_code", nullable = false, updatable = false)
    private String customerCode;

    @Column(name = "debtor_account_id", nullable = false, updatable = false)
    private UUID debtorAccountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private OpenItemKind kind;

    @Column(nullable = false, updatable = false)
    private String document;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(name = "document_date", nullable = false, updatable = false)
    private LocalDate documentDate;

    /** For a credit item, its document date: it can be used at once. */
    @Column(name = "due_date", nullable = false, updatable = false)
    private LocalDate dueDate;

    @Column(nullable = false, updatable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal outstanding;

    @Column(name = "entry_id", nullable = false, updatable = false)
    private UUID entryId;

    protected OpenItem() {
    }

    static OpenItem of(OpenItemKind kind, JournalEntry entry, UUID debtorAccountId, BigDecimal amount, LocalDate dueDate) {
        return of(kind, entry, entry.sourceDocument(), debtorAccountId, amount, dueDate);
    }

    /** An item under its own {@code document} number, not the one its entry concerns (a write-off of an invoice). */
    static OpenItem of(OpenItemKind kind, JournalEntry entry, String document, UUID debtorAccountId, BigDecimal amount,
            LocalDate dueDate) {
        OpenItem item = new OpenItem();
        item.id = UUID.randomUUID();
        item.customerCode = entry.customerCode();
        item.debtorAccountId = debtorAccountId;
        item.kind = kind;
        item.document = document;
        item.currency = entry.currency();
        item.documentDate = entry.entryDate();
        item.dueDate = dueDate == null ? entry.entryDate() : dueDate;
        item.amount = amount;
        item.outstanding = amount;
        item.entryId = entry.id();
        return item;
    }

    public UUID id() {
        return id;
    }

    public String customerCode() {
        return customerCode;
    }

    public UUID debtorAccountId() {
        return debtorAccountId;
    }

    public OpenItemKind kind() {
        return kind;
    }

    public String document() {
        return document;
    }

    public String currency() {
        return currency;
    }

    public LocalDate documentDate() {
        return documentDate;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public BigDecimal amount() {
        return amount;
    }

    public BigDecimal outstanding() {
        return outstanding;
    }

    public UUID entryId() {
        return entryId;
    }

    public boolean isOpen() {
        return outstanding.signum() > 0;
    }

    /** Only {@link Allocations} settles items, always a credit and a debit item by the same amount. */
    void settle(BigDecimal amountSettled) {
        outstanding = outstanding.subtract(amountSettled);
    }
}
