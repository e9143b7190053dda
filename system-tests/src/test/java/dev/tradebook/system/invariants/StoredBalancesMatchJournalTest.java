package dev.tradebook.system.invariants;

import static dev.tradebook.system.invariants.ConsistentBooks.ACCOUNT;
import static dev.tradebook.system.invariants.ConsistentBooks.ACME;
import static dev.tradebook.system.invariants.ConsistentBooks.money;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.tradebook.system.invariants.LedgerBooks.AccountTotals;

class StoredBalancesMatchJournalTest {

    @Test
    void reportsAStoredBalanceOffByOneCentFromItsJournalLines() {
        ConsistentBooks books = new ConsistentBooks();
        books.accounts.set(0, new AccountTotals(ACCOUNT, ACME, money("60.00"), money("59.99"), money("60.00")));

        assertThat(new StoredBalancesMatchJournal().check(books.snapshot()))
                .containsExactly(new Violation("StoredBalancesMatchJournal",
                        "stored balance 60.00 but its journal lines sum to 59.99", ACCOUNT.toString(), ACME));
    }

    @Test
    void reportsAStoredBalanceTheOpenItemsDoNotLeave() {
        ConsistentBooks books = new ConsistentBooks();
        books.accounts.set(0, new AccountTotals(ACCOUNT, ACME, money("60.00"), money("60.00"), money("100.00")));

        assertThat(new StoredBalancesMatchJournal().check(books.snapshot()))
                .extracting(Violation::message)
                .containsExactly("stored balance 60.00 but its open items leave 100.00");
    }
}
