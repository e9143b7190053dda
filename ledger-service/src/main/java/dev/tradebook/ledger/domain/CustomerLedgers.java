package dev.tradebook.ledger.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import dev.tradebook.platform.runtime.problem.ResourceNotFound;

/**
 * Keeps the ledger's copy of each customer in step with the customer master: its debtor accounts, its credit
 * limit and its posting account. A customer's documents post to the account of the first of its groups (as
 * the customer master lists them) that the ledger knows; when the list changes, later documents follow it.
 */
@ApplicationScoped
public class CustomerLedgers {

    private final CustomerLocks locks;
    private final DebtorAccounts debtorAccounts;
    private final DebtorAccountRepository accounts;
    private final CustomerLedgerRepository ledgers;
    private final CreditControl creditControl;

    public CustomerLedgers(CustomerLocks locks, DebtorAccounts debtorAccounts, DebtorAccountRepository accounts,
            CustomerLedgerRepository ledgers, CreditControl creditControl) {
        this.locks = locks;
        this.debtorAccounts = debtorAccounts;
        this.accounts = accounts;
        this.ledgers = ledgers;
        this.creditControl = creditControl;
    }

    /** {@code creditLimit} null (events older than the field) keeps the limit the ledger has. */
    @Transactional(TxType.MANDATORY)
    public void keep(Debtor debtor, BigDecimal creditLimit) {
        locks.lock(debtor.code());
        debtorAccounts.openFor(debtor);
        List<DebtorAccount> held = accounts.ofCustomer(debtor.code());
        Optional<DebtorAccount> posting = debtor.accountGroups().stream()
                .flatMap(group -> held.stream().filter(account -> account.groupCode().equals(group)))
                .findFirst();
        if (posting.isEmpty()) {
            return;
        }
        Optional<CustomerLedger> existing = ledgers.findByIdOptional(debtor.code());
        if (existing.isEmpty()) {
            ledgers.persist(CustomerLedger.open(debtor.code(), debtor.currency(),
                    creditLimit == null ? BigDecimal.ZERO : creditLimit, posting.get().id()));
            return;
        }
        existing.get().postTo(posting.get().id());
        if (creditLimit != null) {
            changeCreditLimit(existing.get(), creditLimit);
        }
    }

    /** A limit for a customer the ledger does not know yet is left for its customer.created.v1 to bring. */
    @Transactional(TxType.MANDATORY)
    public void changeCreditLimit(String customerCode, BigDecimal creditLimit) {
        locks.lock(customerCode);
        ledgers.findByIdOptional(customerCode).ifPresent(ledger -> changeCreditLimit(ledger, creditLimit));
    }

    /** A new limit may hold or release the customer at once. */
    private void changeCreditLimit(CustomerLedger ledger, BigDecimal creditLimit) {
        if (ledger.creditLimit().compareTo(creditLimit) != 0) {
            ledger.changeCreditLimit(creditLimit);
            creditControl.evaluate(ledger);
        }
    }

    public CustomerLedger get(String customerCode) {
        return ledgers.findByIdOptional(customerCode).orElseThrow(() -> new ResourceNotFound("Customer", customerCode));
    }
}
