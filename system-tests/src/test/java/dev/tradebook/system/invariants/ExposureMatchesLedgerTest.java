package dev.tradebook.system.invariants;

import static dev.tradebook.system.invariants.ConsistentBooks.ACME;
import static dev.tradebook.system.invariants.ConsistentBooks.money;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.tradebook.system.invariants.LedgerBooks.LedgerCustomer;
import dev.tradebook.system.invariants.SalesBooks.CreditAccount;

class ExposureMatchesLedgerTest {

    private final ConsistentBooks books = new ConsistentBooks();

    @Test
    void reportsAnExposureOffByOneCent() {
        books.creditAccounts.set(0, new CreditAccount(ACME, money("85.01"), money("25.00"), false, false, false));

        assertThat(new ExposureMatchesLedger().check(books.snapshot()))
                .containsExactly(new Violation("ExposureMatchesLedger",
                        "exposure 85.01 less open orders 25.00 is 60.01 but the ledger balance is 60.00", ACME));
    }

    @Test
    void takesACustomerTheLedgerDoesNotKnowToOweNothing() {
        books.creditAccounts.add(new CreditAccount("NEWCO", money("30.00"), money("30.00"), false, false, false));
        books.creditAccounts.add(new CreditAccount("OWES", money("10.00"), money("0"), false, false, false));

        assertThat(new ExposureMatchesLedger().check(books.snapshot())).extracting(Violation::ids)
                .containsExactly(java.util.List.of("OWES"));
    }

    @Test
    void reportsALedgerBalanceOfACustomerTransactionServiceDoesNotHave() {
        books.ledgerCustomers.add(new LedgerCustomer("GHOST", money("0"), money("12.00"), money("0"), false, false));

        assertThat(new ExposureMatchesLedger().check(books.snapshot())).extracting(Violation::message)
                .containsExactly("the ledger balance is 12.00 but transaction-service has no such customer");
    }
}
