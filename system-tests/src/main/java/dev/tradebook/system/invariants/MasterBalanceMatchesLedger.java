package dev.tradebook.system.invariants;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.tradebook.system.invariants.CustomerMaster.MasterCustomer;
import dev.tradebook.system.invariants.LedgerBooks.LedgerCustomer;

/** The balance shown on the customer master is the ledger's balance of that customer, once the events are drained. */
public final class MasterBalanceMatchesLedger implements Rule {

    @Override
    public List<Violation> check(Snapshot snapshot) {
        Map<String, MasterCustomer> master = snapshot.customers().byCode();
        List<Violation> violations = new ArrayList<>();
        for (LedgerCustomer customer : snapshot.ledger().customers()) {
            MasterCustomer shown = master.get(customer.code());
            BigDecimal balance = shown == null || shown.balance() == null ? BigDecimal.ZERO : shown.balance();
            if (balance.compareTo(customer.balance()) != 0) {
                violations.add(new Violation(name(), "the customer master shows " + (shown == null ? "no customer"
                        : String.valueOf(shown.balance())) + " but the ledger balance is " + customer.balance(),
                        customer.code()));
            }
        }
        return violations;
    }
}
