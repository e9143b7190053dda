package dev.tradebook.system.invariants;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.tradebook.system.invariants.LedgerBooks.LedgerCustomer;
import dev.tradebook.system.invariants.SalesBooks.CreditAccount;

/**
 * transaction-service's exposure of each customer, less its part from approved orders not yet invoiced, equals the
 * ledger's balance of that customer to the cent; a customer the ledger has no account for owes nothing.
 */
public final class ExposureMatchesLedger implements Rule {

    @Override
    public List<Violation> check(Snapshot snapshot) {
        Map<String, LedgerCustomer> ledger = snapshot.ledger().customersByCode();
        Map<String, CreditAccount> sales = snapshot.sales().accountsByCode();
        List<Violation> violations = new ArrayList<>();
        for (CreditAccount account : snapshot.sales().accounts()) {
            BigDecimal owed = account.exposure().subtract(account.openOrders());
            LedgerCustomer customer = ledger.get(account.code());
            BigDecimal balance = customer == null ? BigDecimal.ZERO : customer.balance();
            if (owed.compareTo(balance) != 0) {
                violations.add(new Violation(name(), "exposure " + account.exposure() + " less open orders "
                        + account.openOrders() + " is " + owed + " but the ledger balance is " + balance, account.code()));
            }
        }
        for (LedgerCustomer customer : snapshot.ledger().customers()) {
            if (!sales.containsKey(customer.code()) && customer.balance().signum() != 0) {
                violations.add(new Violation(name(), "the ledger balance is " + customer.balance()
                        + " but transaction-service has no such customer", customer.code()));
            }
        }
        return violations;
    }
}
