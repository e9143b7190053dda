package dev.tradebook.ledger.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import dev.tradebook.platform.runtime.money.Money;
import dev.tradebook.platform.runtime.problem.BusinessRuleViolation;

/**
 * A posting: lines whose debits equal their credits, in one currency, caused by one source document.
 * Built through {@link #draft}, which refuses what does not balance; immutable once posted (the database
 * refuses updates too), so a correction is a reversing entry.
 */
@Entity
@Immutable
@Table(name = "journal_entry")
public class JournalEntry {

    @Id
    private UUID id;

    @Column(name = "customer_code", nullable = false)
    private String customerCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EntryKind kind;

    @Column(name = "source_document", nullable = false)
    private String sourceDocument;

    @Column(name = "source_event_id")
    private String sourceEventId;

    @Column(nullable = false)
    private String currency;

    @Column(name = "entry_date", nullable = false)
    private LocalDate entryDate;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    @Column(name = "reverses")
    private UUID reverses;

    @Column
    private String memo;

    @OneToMany(mappedBy = "entry", cascade = CascadeType.PERSIST)
    @OrderBy("lineNo")
    private List<JournalLine> lines = new ArrayList<>();

    protected JournalEntry() {
    }

    public static Draft draft(EntryKind kind, String customerCode, String currency, String sourceDocument,
            LocalDate entryDate) {
        return new Draft(kind, customerCode, Money.currency(currency).getCurrencyCode(), sourceDocument, entryDate);
    }

    public UUID id() {
        return id;
    }

    public String customerCode() {
        return customerCode;
    }

    public EntryKind kind() {
        return kind;
    }

    public String sourceDocument() {
        return sourceDocument;
    }

    public String sourceEventId() {
        return sourceEventId;
    }

    public String currency() {
        return currency;
    }

    public LocalDate entryDate() {
        return entryDate;
    }

    public Instant postedAt() {
        return postedAt;
    }

    public UUID reverses() {
        return reverses;
    }

    public String memo() {
        return memo;
    }

    /** The entry that undoes this one: every line on the same account, debit and credit swapped. */
    public Draft mirror(String reason, LocalDate on) {
        Draft draft = new Draft(EntryKind.REVERSAL, customerCode, currency, sourceDocument, on).reversing(id).memo(reason);
        for (JournalLine line : lines) {
            if (line.debit().signum() > 0) {
                draft.credit(line.accountCode(), line.debtorAccountId(), line.debit());
            } else {
                draft.debit(line.accountCode(), line.debtorAccountId(), line.credit());
            }
        }
        return draft;
    }

    public List<JournalLine> lines() {
        return List.copyOf(lines);
    }

    /** How much more the customer owes after this entry (negative: less): its lines on debtor accounts. */
    public BigDecimal debtorChange() {
        return lines.stream().filter(line -> line.debtorAccountId() != null).map(JournalLine::signedAmount)
                .reduce(Money.zero(currency).amount(), BigDecimal::add);
    }

    /** The lines of an entry being built; {@link #post} checks them all at once. */
    public static final class Draft {

        private record Side(String account, UUID debtorAccountId, BigDecimal debit, BigDecimal credit) {
        }

        private final EntryKind kind;
        private final String customerCode;
        private final String currency;
        private final String sourceDocument;
        private final LocalDate entryDate;
        private final List<Side> sides = new ArrayList<>();
        private String sourceEventId;
        private UUID reverses;
        private String memo;

        private Draft(EntryKind kind, String customerCode, String currency, String sourceDocument, LocalDate entryDate) {
            this.kind = kind;
            this.customerCode = customerCode;
            this.currency = currency;
            this.sourceDocument = sourceDocument;
            this.entryDate = entryDate;
        }

        public Draft debit(String account, UUID debtorAccountId, BigDecimal amount) {
            sides.add(new Side(account, debtorAccountId, checked(account, amount), BigDecimal.ZERO));
            return this;
        }

        public Draft credit(String account, UUID debtorAccountId, BigDecimal amount) {
            sides.add(new Side(account, debtorAccountId, BigDecimal.ZERO, checked(account, amount)));
            return this;
        }

        public Draft causedBy(String eventId) {
            this.sourceEventId = eventId;
            return this;
        }

        public Draft reversing(UUID entryId) {
            this.reverses = entryId;
            return this;
        }

        public Draft memo(String text) {
            this.memo = text;
            return this;
        }

        /**
         * The entry, or a refusal when its debits and credits differ or it has fewer than two lines. Lines of
         * zero are left out: a document without tax has no tax line.
         */
        public JournalEntry post(Instant now) {
            List<Side> nonZero = sides.stream().filter(side -> side.debit.signum() != 0 || side.credit.signum() != 0).toList();
            BigDecimal debits = nonZero.stream().map(Side::debit).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal credits = nonZero.stream().map(Side::credit).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (nonZero.size() < 2 || debits.compareTo(credits) != 0) {
                throw new BusinessRuleViolation("unbalanced-entry", "Journal entry for " + kind + " " + sourceDocument
                        + " does not balance: debit " + debits.toPlainString() + ", credit " + credits.toPlainString()
                        + " " + currency + " on " + nonZero.size() + " line(s)");
            }
            JournalEntry entry = new JournalEntry();
            entry.id = UUID.randomUUID();
            entry.customerCode = customerCode;
            entry.kind = kind;
            entry.sourceDocument = sourceDocument;
            entry.sourceEventId = sourceEventId;
            entry.currency = currency;
            entry.entryDate = entryDate;
            entry.postedAt = now;
            entry.reverses = reverses;
            entry.memo = memo;
            int lineNo = 0;
            for (Side side : nonZero) {
                entry.lines.add(new JournalLine(entry, ++lineNo, side.account, side.debtorAccountId, side.debit,
                        side.credit, currency));
            }
            return entry;
        }

        /** Negative amounts and amounts finer than the currency's smallest unit are refused, never rounded away. */
        private BigDecimal checked(String account, BigDecimal amount) {
            if (amount == null || amount.signum() < 0) {
                throw new BusinessRuleViolation("negative-amount", "A journal line on account " + account
                        + " of " + kind + " " + sourceDocument + " must not be negative or missing: " + amount);
            }
            Money exact = Money.of(amount, currency);
            if (exact.amount().compareTo(amount) != 0) {
                throw new BusinessRuleViolation("amount-scale", "Amount " + amount.toPlainString() + " of "
                        + kind + " " + sourceDocument + " has more decimals than " + currency + " allows");
            }
            return exact.amount();
        }
    }
}
