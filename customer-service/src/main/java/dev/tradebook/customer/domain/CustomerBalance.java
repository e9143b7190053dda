package dev.tradebook.customer.domain;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.tradebook.platform.runtime.money.Money;

/** What the customer owes, as the ledger last told it; read-only on the customer. */
@Entity
@Table(name = "customer_balance")
public class CustomerBalance {

    @Id
    @Column(name = "customer_code")
    private String customerCode;

    @Column(nullable = false)
    private String currency;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(name = "amount_due", nullable = false)
    private BigDecimal amountDue;

    @Column(name = "amount_overdue", nullable = false)
    private BigDecimal amountOverdue;

    @Column(nullable = false)
    private long sequence;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CustomerBalance() {
    }

    CustomerBalance(String customerCode) {
        this.customerCode = customerCode;
    }

    /**
     * Takes the figures of posting {@code figures.sequence()} unless newer ones are kept already, so that a
     * late or replayed event never puts an old balance back; answers whether they were taken.
     */
    boolean update(BalanceFigures figures, Instant now) {
        if (updatedAt != null && figures.sequence() <= sequence) {
            return false;
        }
        currency = figures.currency();
        amount = Money.of(figures.balance(), currency).amount();
        amountDue = Money.of(figures.amountDue(), currency).amount();
        amountOverdue = Money.of(figures.amountOverdue(), currency).amount();
        sequence = figures.sequence();
        updatedAt = now;
        return true;
    }

    public Money amount() {
        return Money.of(amount, currency);
    }

    public Money amountDue() {
        return Money.of(amountDue, currency);
    }

    public Money amountOverdue() {
        return Money.of(amountOverdue, currency);
    }

    public long sequence() {
        return sequence;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
