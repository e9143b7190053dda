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

/** The reference numbers of one document type: prefix + next number, zero-padded to six digits. */
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

    /** Every number below it may have been given out already, so it never goes down. */
    @Column(name = "next_number", nullable = false)
    private long nextNumber;

    @Version
    private long version;

    protected DocumentSequence() {
    }

    public static String format(String prefix, long number) {
        return prefix + String.format("%0" + DIGITS + "d", number);
    }

    void revise(String newPrefix, long newNextNumber) {
        if (newNextNumber < nextNumber) {
            throw new BusinessRuleViolation("sequence-number-used", "Numbers up to " + (nextNumber - 1) + " of "
                    + documentType + " may already be in use; the next number must be at least " + nextNumber,
                    List.of(new Violation("nextNumber", "must be at least " + nextNumber)));
        }
        prefix = newPrefix;
        nextNumber = newNextNumber;
    }

    public DocumentType documentType() {
        return documentType;
    }

    public String prefix() {
        return prefix;
    }

    public long nextNumber() {
        return nextNumber;
    }

    public String nextReference() {
        return format(prefix, nextNumber);
    }
}
