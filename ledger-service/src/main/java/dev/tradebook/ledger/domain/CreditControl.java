package dev.tradebook.ledger.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.jboss.logging.Logger;

import dev.tradebook.platform.events.EventTypes;
import dev.tradebook.platform.events.ledger.CreditHoldApplied;
import dev.tradebook.platform.events.ledger.CreditHoldReleased;
import dev.tradebook.platform.runtime.money.Money;
import dev.tradebook.platform.runtime.outbox.Outbox;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Automatic credit control: holds a customer whose balance is over its limit (mode CREDIT_LIMIT) or whose
 * invoices are overdue beyond the grace days by at least the minimum amount (mode PAST_DUE), and releases it
 * when the cause is gone (a payment, a new limit, a change of mode). Publishes only changes.
 */
@ApplicationScoped
public class CreditControl {

    private static final Logger LOG = Logger.getLogger(CreditControl.class);

    private final LedgerSettingsService settings;
    private final CustomerLocks locks;
    private final CustomerLedgerRepository ledgers;
    private final DebtorAccountRepository accounts;
    private final OpenItemRepository items;
    private final Outbox outbox;
    private final Clock clock;

    public CreditControl(LedgerSettingsService settings, CustomerLocks locks, CustomerLedgerRepository ledgers,
            DebtorAccountRepository accounts, OpenItemRepository items, Outbox outbox, Clock clock) {
        this.settings = settings;
        this.locks = locks;
        this.ledgers = ledgers;
        this.accounts = accounts;
        this.items = items;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Under the customer's lock, which the caller holds or which is taken here. */
    @Transactional(TxType.MANDATORY)
    public void evaluate(CustomerLedger ledger) {
        CreditControlPolicy policy = settings.current().creditControl();
        if (policy.mode() == CreditControlMode.NONE && ledger.holdReasons().isEmpty()) {
            // Nothing to hold and nothing to release: spare the posting the queries.
            return;
        }
        locks.lock(ledger.customerCode());
        BigDecimal balance = accounts.balanceOf(ledger.customerCode());
        BigDecimal overdue = items.dueBefore(ledger.customerCode(), LocalDate.now(clock).minusDays(policy.graceDays()));
        decide(ledger, HoldReason.CREDIT_LIMIT, policy.holdsForCreditLimit(balance, ledger.creditLimit()), balance, overdue);
        decide(ledger, HoldReason.PAST_DUE, policy.holdsForPastDue(overdue), balance, overdue);
    }

    /**
     * Every customer that could be held or released today, each in its own transaction, so that one customer's
     * trouble stops no other; answers how many were evaluated.
     */
    public int evaluateEveryone() {
        List<String> codes = ledgers.candidatesForCreditControl(LocalDate.now(clock));
        int failed = 0;
        for (String code : codes) {
            try {
                QuarkusTransaction.requiringNew().run(() -> evaluate(ledgers.findById(code)));
            } catch (RuntimeException e) {
                failed++;
                LOG.errorf(e, "Credit control could not evaluate customer %s", code);
            }
        }
        return codes.size() - failed;
    }

    private void decide(CustomerLedger ledger, HoldReason reason, boolean hold, BigDecimal balance, BigDecimal overdue) {
        if (hold == ledger.isHeldFor(reason)) {
            return;
        }
        ledger.hold(reason, hold);
        String code = ledger.customerCode();
        String currency = ledger.currency();
        long sequence = ledger.nextPosting();
        BigDecimal limit = ledger.creditLimit();
        if (hold) {
            outbox.add(EventTypes.CREDIT_HOLD_APPLIED, code,
                    new CreditHoldApplied(code, reason.name(), currency, scaled(balance, currency), scaled(limit, currency),
                            scaled(overdue, currency), sequence));
        } else {
            outbox.add(EventTypes.CREDIT_HOLD_RELEASED, code,
                    new CreditHoldReleased(code, reason.name(), currency, scaled(balance, currency), scaled(limit, currency),
                            scaled(overdue, currency), sequence));
        }
        LOG.infof("Customer %s %s for %s: balance %s, limit %s, overdue %s", code, hold ? "held" : "released", reason,
                balance, limit, overdue);
    }

    private static BigDecimal scaled(BigDecimal amount, String currency) {
        return Money.of(amount, currency).amount();
    }
}
