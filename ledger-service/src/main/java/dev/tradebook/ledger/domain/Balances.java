package dev.tradebook.ledger.domain;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import dev.tradebook.platform.events.EventTypes;
import dev.tradebook.platform.events.ledger.BalanceChanged;
import dev.tradebook.platform.runtime.money.Money;
import dev.tradebook.platform.runtime.outbox.Outbox;

/** A customer's figures, and ledger.balance-changed.v1 after every posting on it. */
@ApplicationScoped
public class Balances {

    private final DebtorAccountRepository accounts;
    private final OpenItemRepository items;
    private final Outbox outbox;
    private final Clock clock;

    public Balances(DebtorAccountRepository accounts, OpenItemRepository items, Outbox outbox, Clock clock) {
        this.accounts = accounts;
        this.items = items;
        this.outbox = outbox;
        this.clock = clock;
    }

    public CustomerFigures figuresOf(CustomerLedger ledger) {
        String currency = ledger.currency();
        DueAmounts due = items.dueAmounts(ledger.customerCode(), LocalDate.now(clock));
        return new CustomerFigures(Money.of(accounts.balanceOf(ledger.customerCode()), currency),
                Money.of(due.due(), currency), Money.of(due.overdue(), currency));
    }

    /** Counts the posting on the customer and publishes its figures after it; answers them. */
    @Transactional(TxType.MANDATORY)
    public CustomerFigures changedBy(CustomerLedger ledger, String sourceDocument) {
        return changedBy(ledger, sourceDocument, figuresOf(ledger));
    }

    /** The same, with the figures the caller already knows. */
    @Transactional(TxType.MANDATORY)
    public CustomerFigures changedBy(CustomerLedger ledger, String sourceDocument, CustomerFigures figures) {
        long sequence = ledger.nextPosting();
        outbox.add(EventTypes.BALANCE_CHANGED, ledger.customerCode(), new BalanceChanged(ledger.customerCode(),
                ledger.currency(), figures.balance().amount(), figures.due().amount(), figures.overdue().amount(),
                sourceDocument, sequence));
        return figures;
    }
}
