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

    /** The number zero-padded to DIGITS, or longer when it has more digits (never negative: sequences start at 1). */
    public static String format(String prefix, long number) {
        // Padded by hand: String.format parsed its pattern on every document and was most of taking a number.
        String digits = Long.toString(number);
        StringBuilder reference = new StringBuilder(prefix.length() + Math.max(DIGITS, digits.length())).append(prefix);
        for (int i = digits.length(); i < DIGITS; i++) {
            reference.append('0');
        }
        return reference.append(digits).toString();
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
