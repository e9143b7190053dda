package dev.tradebook.ledger.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradebook.ledger.Books;
import dev.tradebook.ledger.CustomerMaster;
import dev.tradebook.ledger.SalesDesk;
import io.quarkus.test.junit.QuarkusTest;

/** Each sales document posts a balanced entry on the customer's first group's control account. */
@QuarkusTest
class PostingRulesTest {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final LocalDate TODAY = LocalDate.now();

    @Inject
    CustomerMaster customerMaster;

    @Inject
    SalesDesk salesDesk;

    @Inject
    Books books;

    /** A customer whose accounts are open: EXP first, so its documents post under 1110. */
    private String exportCustomer() {
        String code = CustomerMaster.newCustomerCode("RULE");
        customerMaster.publish(customerMaster.created(code, "INR", "EXP", "DOM"));
        return code;
    }

    private void awaitEntries(String code, long count) {
        await().atMost(PATIENCE).until(() -> books.entriesOf(code) == count);
    }

    @Test
    void invoiceDebitsTheDebtorAndCreditsSalesAndTax() {
        String code = exportCustomer();

        salesDesk.publish(salesDesk.invoice(code, "INV-1", "INR", TODAY, TODAY.plusDays(30), "1000.00", "180.00"));

        awaitEntries(code, 1);
        assertThat(books.linesOf(code, "INV-1")).containsExactly("1110 1180.00 0.00", "4000 0.00 1000.00", "2200 0.00 180.00");
        assertThat(books.storedBalance(code)).isEqualByComparingTo("1180.00");
    }

    @Test
    void cashSalePassesThroughTheDebtorAndLeavesNothingOwed() {
        String code = exportCustomer();

        salesDesk.publish(salesDesk.cashSale(code, "CS-1", "INR", "200.00", "36.00"));

        awaitEntries(code, 1);
        assertThat(books.linesOf(code, "CS-1")).containsExactly("1110 236.00 0.00", "4000 0.00 200.00",
                "2200 0.00 36.00", "1000 236.00 0.00", "1110 0.00 236.00");
        assertThat(books.storedBalance(code)).isEqualByComparingTo("0");
        assertThat(books.outstanding(code)).isEmpty();
    }

    @Test
    void creditNoteDebitsReturnsAndTaxAndSettlesItsInvoice() {
        String code = exportCustomer();
        salesDesk.publish(salesDesk.invoice(code, "INV-2", "INR", TODAY, TODAY.plusDays(30), "500.00", "90.00"));

        salesDesk.publish(salesDesk.creditNote(code, "CN-1", "INR", "INV-2", "100.00", "18.00"));

        awaitEntries(code, 2);
        assertThat(books.linesOf(code, "CN-1")).containsExactly("4100 100.00 0.00", "2200 18.00 0.00", "1110 0.00 118.00");
        assertThat(books.storedBalance(code)).isEqualByComparingTo("472.00");
        assertThat(books.outstanding(code)).containsEntry("INV-2", "472")
                .containsEntry("CN-1", "0");
    }

    @Test
    void paymentDebitsCashAndCreditsTheDebtor() {
        String code = exportCustomer();

        salesDesk.publish(salesDesk.payment(code, "PAY-1", "INR", "300.00"));

        awaitEntries(code, 1);
        assertThat(books.linesOf(code, "PAY-1")).containsExactly("1000 300.00 0.00", "1110 0.00 300.00");
        assertThat(books.storedBalance(code)).isEqualByComparingTo("-300.00");
        assertThat(books.outstanding(code)).containsEntry("PAY-1", "300");
    }

    @Test
    void refundDebitsTheDebtorAndCreditsCash() {
        String code = exportCustomer();

        salesDesk.publish(salesDesk.refund(code, "REF-1", "INR", "75.50"));

        awaitEntries(code, 1);
        assertThat(books.linesOf(code, "REF-1")).containsExactly("1110 75.50 0.00", "1000 0.00 75.50");
        assertThat(books.storedBalance(code)).isEqualByComparingTo("75.50");
        assertThat(books.journalBalance(code)).isEqualByComparingTo("75.50");
    }
}
