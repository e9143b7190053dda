package dev.tradebook.transaction.domain;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.tradebook.platform.runtime.problem.BusinessRuleViolation;
import dev.tradebook.platform.runtime.problem.Violation;

/**
 * The reference numbers of one document type: prefix + a number of its PostgreSQL sequence (see V8), zero-padded
 * to six digits.
 */
@Entity
@Table(name = "document_sequence")
public class DocumentSequence {

    static final int DIGITS = 6;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "document_type")
    private DocumentType documentType;

    @Column(nullable = false)
    private String prefix;

    @Version
    private long version;

    protected DocumentSequence() {
    }

    public static String format(String prefix, long number) {
        return prefix + String.format("%0" + DIGITS + "d", number);
    }

    /** {@code next}: the number the sequence would give now; every number below it may be in use already. */
    void revise(String newPrefix, long next, long newNext) {
        if (newNext < next) {
            throw new BusinessRuleViolation("sequence-number-used", "Numbers up to " + (next - 1) + " of "
                    + documentType + " may already be in use; the next number must be at least " + next,
                    List.of(new Violation("nextNumber", "must be at least " + next)));
        }
        prefix = newPrefix;
    }

    public DocumentType documentType() {
        return documentType;
    }

    public String prefix() {
        return prefix;
    }

    public long version() {
        return version;
    }
}
