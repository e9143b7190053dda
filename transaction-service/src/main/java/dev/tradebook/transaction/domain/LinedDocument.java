package dev.tradebook.transaction.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

/** A document with priced lines, dated and carrying the customer's data as it stood at creation. */
@MappedSuperclass
public abstract class LinedDocument extends CustomerDocument {

    @Column(name = "document_date", nullable = false, updatable = false)
    private LocalDate documentDate;

    // A record, replaced and never changed in place: compared by reference, not deep-copied through JSON.
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "document_defaults", nullable = false, updatable = false)
    private DocumentDefaultsCopy documentDefaults;

    protected LinedDocument() {
    }

    protected LinedDocument(String number, CreditAccount customer, String user, Instant now, LocalDate today) {
        super(number, customer, user, now);
        this.documentDate = today;
        this.documentDefaults = customer.documentDefaults();
    }

    public LocalDate documentDate() {
        return documentDate;
    }

    public DocumentDefaultsCopy documentDefaults() {
        return documentDefaults;
    }

    /** In the subclasses: Hibernate's bytecode enhancer fails on an embeddable in a second-level mapped superclass. */
    public abstract Totals totals();
}
