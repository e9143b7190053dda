package dev.tradebook.system.invariants;

import static dev.tradebook.system.invariants.ConsistentBooks.ACME;
import static dev.tradebook.system.invariants.ConsistentBooks.money;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.tradebook.system.invariants.CustomerMaster.MasterCustomer;
import dev.tradebook.system.invariants.LedgerBooks.LedgerCustomer;

class MasterBalanceMatchesLedgerTest {

    private final ConsistentBooks books = new ConsistentBooks();

    @Test
    void reportsAnOlderBalanceOnTheCustomerMaster() {
        books.masterCustomers.set(0, new MasterCustomer(ACME, false, Set.of(), money("100.00")));

        assertThat(new MasterBalanceMatchesLedger().check(books.snapshot()))
                .containsExactly(new Violation("MasterBalanceMatchesLedger",
                        "the customer master shows 100.00 but the ledger balance is 60.00", ACME));
    }

    @Test
    void takesNoBalanceYetForZero() {
        books.ledgerCustomers.add(new LedgerCustomer("NEWCO", money("0"), money("0.00"), money("0"), false, false));
        books.masterCustomers.add(new MasterCustomer("NEWCO", false, Set.of(), null));

        assertThat(new MasterBalanceMatchesLedger().check(books.snapshot())).isEmpty();
    }
}
