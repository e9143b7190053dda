package dev.tradebook.transaction.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import dev.tradebook.platform.runtime.money.Money;
import dev.tradebook.platform.runtime.problem.BusinessRuleViolation;

/** A sale in the making, OPEN until it is WON or LOST; it moves no exposure. */
@Entity
@Table(name = "opportunity")
public class Opportunity extends CustomerDocument {

    public enum Stage {
        OPEN, WON, LOST
    }

    @Column(nullable = false)
    private String title;

    @Column(name = "expected_value", nullable = false, precision = 19, scale = 4)
    private BigDecimal expectedValue;

    @Column(name = "expected_close_date")
    private LocalDate expectedCloseDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Stage stage;

    @Column(name = "lost_reason")
    private String lostReason;

    protected Opportunity() {
    }

    Opportunity(String number, CreditAccount customer, String title, Money expectedValue, LocalDate expectedCloseDate,
            String user, Instant now) {
        super(number, customer, user, now);
        this.title = title;
        this.expectedValue = expectedValue.amount();
        this.expectedCloseDate = expectedCloseDate;
        this.stage = Stage.OPEN;
    }

    void win() {
        close(Stage.WON, null);
    }

    void lose(String reason) {
        close(Stage.LOST, reason);
    }

    private void close(Stage outcome, String reason) {
        if (stage != Stage.OPEN) {
            throw new BusinessRuleViolation("illegal-transition", "Opportunity " + number() + " is already " + stage);
        }
        stage = outcome;
        lostReason = reason;
    }

    public String title() {
        return title;
    }

    public Money expectedValue() {
        return Money.of(expectedValue, currency());
    }

    public LocalDate expectedCloseDate() {
        return expectedCloseDate;
    }

    public Stage stage() {
        return stage;
    }

    public String lostReason() {
        return lostReason;
    }
}
