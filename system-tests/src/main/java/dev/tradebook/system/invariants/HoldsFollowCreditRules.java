package dev.tradebook.system.invariants;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.tradebook.system.invariants.CustomerMaster.MasterCustomer;
import dev.tradebook.system.invariants.LedgerBooks.LedgerCustomer;
import dev.tradebook.system.invariants.SalesBooks.CreditAccount;

/**
 * Each customer's holds follow the credit rules: the ledger's automatic holds are what its credit control decides
 * from its balance, limit and overdue items; customer-service's hold reasons are its own manual hold plus the
 * ledger's automatic ones; transaction-service's copy of all three agrees with their owners. "Overdue" is as of
 * today (UTC): a PAST_DUE hold due only to time passing (an invoice fell due since the ledger's daily run,
 * {@code ledger.credit-control.cron}) is reported until that run.
 */
public final class HoldsFollowCreditRules implements Rule {

    @Override
    public List<Violation> check(Snapshot snapshot) {
        CreditRules rules = snapshot.ledger().rules();
        Map<String, LedgerCustomer> ledger = snapshot.ledger().customersByCode();
        Map<String, MasterCustomer> master = snapshot.customers().byCode();
        List<Violation> violations = new ArrayList<>();
        for (LedgerCustomer customer : snapshot.ledger().customers()) {
            expect(violations, customer.code(), "ledger hold for CREDIT_LIMIT (balance " + customer.balance() + ", limit "
                    + customer.creditLimit() + ")", rules.holdsForCreditLimit(customer.balance(), customer.creditLimit()),
                    customer.heldForCreditLimit());
            expect(violations, customer.code(), "ledger hold for PAST_DUE (overdue " + customer.overdue() + ")",
                    rules.holdsForPastDue(customer.overdue()), customer.heldForPastDue());
        }
        for (MasterCustomer customer : snapshot.customers().customers()) {
            Optional<LedgerCustomer> owner = Optional.ofNullable(ledger.get(customer.code()));
            expect(violations, customer.code(), "customer-service hold reason MANUAL", customer.manualHold(),
                    customer.holdReasons().contains("MANUAL"));
            expect(violations, customer.code(), "customer-service hold reason CREDIT_LIMIT",
                    owner.map(LedgerCustomer::heldForCreditLimit).orElse(false), customer.holdReasons().contains("CREDIT_LIMIT"));
            expect(violations, customer.code(), "customer-service hold reason PAST_DUE",
                    owner.map(LedgerCustomer::heldForPastDue).orElse(false), customer.holdReasons().contains("PAST_DUE"));
        }
        for (CreditAccount account : snapshot.sales().accounts()) {
            Optional<LedgerCustomer> owner = Optional.ofNullable(ledger.get(account.code()));
            expect(violations, account.code(), "transaction-service manual hold",
                    Optional.ofNullable(master.get(account.code())).map(MasterCustomer::manualHold).orElse(false),
                    account.manualHold());
            expect(violations, account.code(), "transaction-service CREDIT_LIMIT hold",
                    owner.map(LedgerCustomer::heldForCreditLimit).orElse(false), account.creditLimitHold());
            expect(violations, account.code(), "transaction-service PAST_DUE hold",
                    owner.map(LedgerCustomer::heldForPastDue).orElse(false), account.pastDueHold());
        }
        return violations;
    }

    private void expect(List<Violation> violations, String customer, String hold, boolean expected, boolean actual) {
        if (expected != actual) {
            violations.add(new Violation(name(), hold + " is " + (actual ? "on" : "off") + " but should be "
                    + (expected ? "on" : "off"), customer));
        }
    }
}
