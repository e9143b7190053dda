package dev.tradebook.transaction.domain;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import dev.tradebook.platform.runtime.money.Money;
import dev.tradebook.platform.runtime.problem.BusinessRuleViolation;
import dev.tradebook.platform.runtime.problem.ResourceNotFound;

/** The use cases of the customers' credit accounts. */
@ApplicationScoped
public class CreditAccounts {

    private static final Logger LOG = Logger.getLogger(CreditAccounts.class);

    private final CreditAccountRepository accounts;
    private final Clock clock;

    public CreditAccounts(CreditAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Records the customer master's facts in this service's copy, opening the account on first sight.
     * The row lock serialises this with the documents that move the same customer's exposure.
     */
    @Transactional
    public void record(CustomerSnapshot customer) {
        Optional<CreditAccount> recorded = accounts.findByIdOptional(customer.code(), LockModeType.PESSIMISTIC_WRITE);
        if (recorded.isEmpty()) {
            accounts.persist(CreditAccount.open(customer, clock.instant()));
            return;
        }
        CreditAccount account = recorded.get();
        if (!account.applyProfile(customer, clock.instant())) {
            LOG.debugf("Ignored customer %s at version %s: the copy already has version %s",
                    customer.code(), customer.version(), account.customerVersion());
        }
    }

    /** A manual hold event of the customer master; an older one than the copy already has changes nothing. */
    @Transactional
    public void recordManualHold(String customerCode, String reason, long customerVersion) {
        accounts.findByIdOptional(customerCode, LockModeType.PESSIMISTIC_WRITE)
                .ifPresentOrElse(account -> account.applyManualHold(reason, customerVersion, clock.instant()),
                        () -> LOG.warnf("Hold of customer %s before any profile of it: ignored", customerCode));
    }

    @Transactional
    public void recordAutomaticHold(String customerCode, HoldReason reason, boolean onHold) {
        accounts.findByIdOptional(customerCode, LockModeType.PESSIMISTIC_WRITE)
                .ifPresentOrElse(account -> account.applyAutomaticHold(reason, onHold, clock.instant()),
                        () -> LOG.warnf("Automatic hold of unknown customer %s: ignored", customerCode));
    }

    @Transactional
    public void recordDeletion(String customerCode) {
        accounts.findByIdOptional(customerCode, LockModeType.PESSIMISTIC_WRITE)
                .ifPresent(account -> account.markDeleted(clock.instant()));
    }

    /** The ledger wrote off part of an invoice: the customer owes that much less. */
    @Transactional
    public void recordWriteOff(String customerCode, Money amount) {
        recordLedgerPosting(customerCode, amount.negate());
    }

    /**
     * The ledger reversed one of its entries: the customer owes {@code change} more (negative: less). No document
     * of this service caused it, so the exposure would miss it otherwise.
     */
    @Transactional
    public void recordReversal(String customerCode, Money change) {
        recordLedgerPosting(customerCode, change);
    }

    /** A posting the ledger made on its own moves the exposure under the same row lock as a document. */
    private void recordLedgerPosting(String customerCode, Money change) {
        CreditAccount account = accounts.findByIdOptional(customerCode, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new ResourceNotFound("Customer", customerCode));
        if (!account.currency().equals(change.currencyCode())) {
            throw new BusinessRuleViolation("currency-mismatch", "The ledger posted " + change + " on customer "
                    + customerCode + ", whose currency is " + account.currency());
        }
        account.addExposure(change);
    }

    /**
     * The customer's account, locked until the caller's transaction ends: every document that moves the
     * exposure takes this lock first, so two documents of one customer are checked one after the other.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CreditAccount lockForDocument(String customerCode) {
        CreditAccount account = accounts.findByIdOptional(customerCode, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new ResourceNotFound("Customer", customerCode));
        account.requireOpenForDocuments();
        return account;
    }

    /** The account locked as above, for a document that already exists (its customer may since be inactive). */
    @Transactional(Transactional.TxType.MANDATORY)
    public CreditAccount lockExisting(String customerCode) {
        return accounts.findByIdOptional(customerCode, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new ResourceNotFound("Customer", customerCode));
    }

    public CreditAccount account(String customerCode) {
        return accounts.findByIdOptional(customerCode)
                .orElseThrow(() -> new ResourceNotFound("Customer", customerCode));
    }

}
