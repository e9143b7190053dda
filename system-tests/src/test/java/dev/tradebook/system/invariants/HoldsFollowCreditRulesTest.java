package dev.tradebook.system.invariants;

import static dev.tradebook.system.invariants.ConsistentBooks.ACME;
import static dev.tradebook.system.invariants.ConsistentBooks.money;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.tradebook.system.invariants.CustomerMaster.MasterCustomer;
import dev.tradebook.system.invariants.LedgerBooks.LedgerCustomer;
import dev.tradebook.system.invariants.SalesBooks.CreditAccount;

class HoldsFollowCreditRulesTest {

    private final ConsistentBooks books = new ConsistentBooks();

    @Test
    void reportsACustomerOverItsLimitTheLedgerDidNotHold() {
        books.ledgerCustomers.set(0, new LedgerCustomer(ACME, money("50.00"), money("60.00"), money("0"), false, false));

        assertThat(new HoldsFollowCreditRules().check(books.snapshot()))
                .containsExactly(new Violation("HoldsFollowCreditRules",
                        "ledger hold for CREDIT_LIMIT (balance 60.00, limit 50.00) is off but should be on", ACME));
    }

    @Test
    void reportsAnAutomaticHoldTheRulesNoLongerJustify() {
        books.rules = new CreditRules("NONE", money("0"));
        books.ledgerCustomers.set(0, new LedgerCustomer(ACME, money("50.00"), money("60.00"), money("0"), true, false));
        books.masterCustomers.set(0, new MasterCustomer(ACME, false, Set.of("CREDIT_LIMIT"), money("60.00")));
        books.creditAccounts.set(0, new CreditAccount(ACME, money("85.00"), money("25.00"), false, true, false));

        assertThat(new HoldsFollowCreditRules().check(books.snapshot())).extracting(Violation::message)
                .containsExactly("ledger hold for CREDIT_LIMIT (balance 60.00, limit 50.00) is on but should be off");
    }

    @Test
    void holdsForPastDueFromTheMinimumOverdueAmountOn() {
        books.rules = new CreditRules("PAST_DUE", money("10.00"));
        books.ledgerCustomers.set(0, new LedgerCustomer(ACME, money("0"), money("60.00"), money("9.99"), false, false));

        assertThat(new HoldsFollowCreditRules().check(books.snapshot())).isEmpty();

        books.ledgerCustomers.set(0, new LedgerCustomer(ACME, money("0"), money("60.00"), money("10.00"), false, false));

        assertThat(new HoldsFollowCreditRules().check(books.snapshot())).extracting(Violation::message)
                .containsExactly("ledger hold for PAST_DUE (overdue 10.00) is off but should be on");
    }

    @Test
    void reportsAManualHoldWithoutItsReasonOnTheCustomerMaster() {
        books.masterCustomers.set(0, new MasterCustomer(ACME, true, Set.of(), money("60.00")));
        books.creditAccounts.set(0, new CreditAccount(ACME, money("85.00"), money("25.00"), true, false, false));

        assertThat(new HoldsFollowCreditRules().check(books.snapshot())).extracting(Violation::message)
                .containsExactly("customer-service hold reason MANUAL is off but should be on");
    }

    @Test
    void reportsACopyOfTheLedgersHoldTheCustomerMasterMissed() {
        books.ledgerCustomers.set(0, new LedgerCustomer(ACME, money("50.00"), money("60.00"), money("0"), true, false));
        books.creditAccounts.set(0, new CreditAccount(ACME, money("85.00"), money("25.00"), false, true, false));

        assertThat(new HoldsFollowCreditRules().check(books.snapshot())).extracting(Violation::message)
                .containsExactly("customer-service hold reason CREDIT_LIMIT is off but should be on");
    }

    @Test
    void reportsTransactionServicesCopiesThatDisagreeWithTheirOwners() {
        books.creditAccounts.set(0, new CreditAccount(ACME, money("85.00"), money("25.00"), true, false, true));

        assertThat(new HoldsFollowCreditRules().check(books.snapshot())).extracting(Violation::message)
                .containsExactly("transaction-service manual hold is on but should be off",
                        "transaction-service PAST_DUE hold is on but should be off");
    }
}
