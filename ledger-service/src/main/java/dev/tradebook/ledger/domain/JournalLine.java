package dev.tradebook.ledger.domain;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One side of a journal entry: a debit or a credit, never both, on one general-ledger account. */
@Entity
@Immutable
@Table(name = "journal_line")
public class JournalLine {

    /** From a sequence, 50 ids at a time, so that the lines of many postings go in one batched insert. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "journal_line_id")
    @SequenceGenerator(name = "journal_line_id", sequenceName = "journal_line_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id")
    private JournalEntry entry;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "account_code", nullable = false)
    private String accountCode;

    /** Set when the line posts to a customer's debtor account; {@code accountCode} is then its control account. */
    @Column(name = "debtor_account_id")
    private UUID debtorAccountId;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal debit;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal credit;

    @Column(nullable = false)
    private String currency;

    protected JournalLine() {
    }

    JournalLine(JournalEntry entry, int lineNo, String accountCode, UUID debtorAccountId, BigDecimal debit,
            BigDecimal credit, String currency) {
        this.entry = entry;
        this.lineNo = lineNo;
        this.accountCode = accountCode;
        this.debtorAccountId = debtorAccountId;
        this.debit = debit;
        this.credit = credit;
        this.currency = currency;
    }

    public int lineNo() {
        return lineNo;
    }

    public String accountCode() {
        return accountCode;
    }

    public UUID debtorAccountId() {
        return debtorAccountId;
    }

    public BigDecimal debit() {
        return debit;
    }

    public BigDecimal credit() {
        return credit;
    }

    public String currency() {
        return currency;
    }

    /** What the line adds to the balance of its account: debit positive, credit negative. */
    public BigDecimal signedAmount() {
        return debit.subtract(credit);
    }

    public JournalEntry entry() {
        return entry;
    }
}
