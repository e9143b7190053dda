package dev.tradebook.ledger.api;

import static dev.tradebook.ledger.LedgerApi.entryOf;
import static dev.tradebook.ledger.LedgerApi.reverse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradebook.ledger.Books;
import dev.tradebook.ledger.LedgerEvents;
import dev.tradebook.ledger.SalesDesk;
import dev.tradebook.ledger.Scenario;
import dev.tradebook.platform.events.ledger.BalanceChanged;
import dev.tradebook.platform.events.ledger.EntryReversed;
import io.quarkus.test.junit.QuarkusTest;

/** A reversal tells transaction-service how much more or less the customer owes: ledger.entry-reversed.v1. */
@QuarkusTest
class ReversalEventTest {

    static final LocalDate TODAY = LocalDate.now();
    static final String REVERSED = "ledger.entry-reversed.v1";

    @Inject
    Scenario scenario;

    @Inject
    SalesDesk salesDesk;

    @Inject
    Books books;

    @Inject
    LedgerEvents ledgerEvents;

    private EntryReversed published(String code) {
        return ledgerEvents.read(code, REVERSED, EntryReversed.class, 1).get(0);
    }

    @Test
    void reversingAnInvoiceLowersWhatTheCustomerOwes() {
        String code = scenario.customerWith("REVI", "INR", c -> List.of(
                salesDesk.invoice(c, "INV-R", "INR", TODAY, TODAY.plusDays(30), "100.00", "18.00")));
        String invoice = entryOf(code, "INV-R");

        String reversal = reverse(invoice).statusCode(201).extract().path("id");

        EntryReversed event = published(code);
        assertThat(event.amount().toPlainString()).isEqualTo("-118.00");
        assertThat(event.currency()).isEqualTo("INR");
        assertThat(event.entry()).isEqualTo(reversal);
        assertThat(event.reversedEntry()).isEqualTo(invoice);
        assertThat(event.reversedKind()).isEqualTo("INVOICE");
        assertThat(event.sourceDocument()).isEqualTo("INV-R");
        assertThat(event.reason()).isEqualTo("raised twice");
        assertThat(ledgerEvents.read(code, "ledger.balance-changed.v1", BalanceChanged.class, 2).get(1).balance())
                .isEqualByComparingTo("0");
        assertThat(ledgerEvents.count(code, REVERSED)).as("published once").isEqualTo(1);
    }

    @Test
    void reversingAPaymentRaisesWhatTheCustomerOwes() {
        String code = scenario.customerWith("REVP", "INR", c -> List.of(
                salesDesk.invoice(c, "INV-P", "INR", TODAY, TODAY.plusDays(30), "100.00", "0"),
                salesDesk.payment(c, "PAY-P", "INR", "40.00")));

        reverse(entryOf(code, "PAY-P")).statusCode(201);

        EntryReversed event = published(code);
        assertThat(event.amount().toPlainString()).isEqualTo("40.00");
        assertThat(event.reversedKind()).isEqualTo("PAYMENT");
        assertThat(books.storedBalance(code)).isEqualByComparingTo("100.00");
    }

    @Test
    void reversingAWriteOffRaisesWhatTheCustomerOwesAgain() {
        String code = scenario.customerWith("REVW", "INR", c -> List.of(
                salesDesk.invoice(c, "INV-O", "INR", TODAY, TODAY.plusDays(30), "100.00", "0")));
        String writeOff = WriteOffResourceTest.writeOff("accounts", code, """
                {"invoice": "INV-O", "amount": "30.00", "reason": "lost"}""").statusCode(201).extract().path("id");

        reverse(writeOff).statusCode(201);

        EntryReversed event = published(code);
        assertThat(event.amount().toPlainString()).isEqualTo("30.00");
        assertThat(event.reversedKind()).isEqualTo("WRITE_OFF");
        assertThat(event.sourceDocument()).isEqualTo("INV-O");
        assertThat(books.storedBalance(code)).isEqualByComparingTo("100.00");
    }

    @Test
    void reversingACashSaleChangesNothingOwed() {
        String code = scenario.customerWith("REVC", "INR", c -> List.of(
                salesDesk.cashSale(c, "CS-R", "INR", "50.00", "9.00")));

        reverse(entryOf(code, "CS-R")).statusCode(201);

        assertThat(published(code).amount().toPlainString()).isEqualTo("0.00");
        assertThat(books.storedBalance(code)).isEqualByComparingTo("0");
    }

    @Test
    void aRefusedReversalPublishesNothing() {
        String code = scenario.customerWith("REVT", "INR", c -> List.of(
                salesDesk.refund(c, "RF-R", "INR", "25.00")));
        String refund = entryOf(code, "RF-R");
        reverse(refund).statusCode(201);
        assertThat(published(code).amount().toPlainString()).isEqualTo("-25.00");

        reverse(refund).statusCode(409);

        assertThat(ledgerEvents.count(code, REVERSED)).isEqualTo(1);
    }
}
