package dev.tradebook.ledger.api;

import static dev.tradebook.ledger.LedgerApi.entryOf;
import static dev.tradebook.ledger.LedgerApi.reverse;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradebook.ledger.Books;
import dev.tradebook.ledger.SalesDesk;
import dev.tradebook.ledger.Scenario;
import dev.tradebook.platform.events.sales.Allocation;
import dev.tradebook.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ReversalResourceTest {

    static final LocalDate TODAY = LocalDate.now();

    @Inject
    Scenario scenario;

    @Inject
    SalesDesk salesDesk;

    @Inject
    Books books;

    /** A customer owing INV-V of 118.00. */
    private String customer() {
        return scenario.customerWith("REV", "INR", code -> List.of(
                salesDesk.invoice(code, "INV-V", "INR", TODAY, TODAY.plusDays(30), "100.00", "18.00")));
    }

    @Test
    void reversingAnOpenInvoicePostsTheMirrorAndClosesIt() {
        String code = customer();
        String invoice = entryOf(code, "INV-V");

        reverse(invoice).statusCode(201)
                .body("kind", equalTo("REVERSAL"))
                .body("reverses", equalTo(invoice))
                .body("memo", equalTo("raised twice"))
                .body("lines.account", contains("1100", "4000", "2200"))
                .body("lines.debit", contains("0.00", "100.00", "18.00"))
                .body("lines.credit", contains("118.00", "0.00", "0.00"));

        assertThat(books.storedBalance(code)).isEqualByComparingTo("0");
        assertThat(books.outstanding(code)).containsEntry("INV-V", "0").doesNotContainValue("118");
    }

    @Test
    void reversingAPaidInvoiceLeavesThePaymentAsCredit() {
        String code = customer();
        salesDesk.publish(salesDesk.payment(code, "PAY-V", "INR", "118.00", new Allocation("INV-V", new BigDecimal("118.00"))));
        await().atMost(Duration.ofSeconds(60)).until(() -> books.entriesOf(code) == 2);

        reverse(entryOf(code, "INV-V")).statusCode(201);

        assertThat(books.storedBalance(code)).isEqualByComparingTo("-118.00");
        given().auth().oauth2(Tokens.withRoles("viewer")).when().get("/api/v1/customers/" + code + "/open-items")
                .then().body("items.kind", contains("REVERSAL_CREDIT"))
                .body("items.outstanding", contains("118.00"));
    }

    @Test
    void reversingTwiceIsAConflictAndAReversalCannotBeReversed() {
        String code = customer();
        String invoice = entryOf(code, "INV-V");
        String reversal = reverse(invoice).statusCode(201).extract().path("id");

        reverse(invoice).statusCode(409).body("type", endsWith("/already-reversed"));
        reverse(reversal).statusCode(422);
        assertThat(books.entriesOf(code)).isEqualTo(2);
    }

    @Test
    void reversingAWriteOffMakesTheInvoiceOwedAgain() {
        String code = customer();
        String writeOff = WriteOffResourceTest.writeOff("accounts", code, """
                {"invoice": "INV-V", "amount": "118.00", "reason": "lost"}""").statusCode(201).extract().path("id");

        reverse(writeOff).statusCode(201);

        assertThat(books.storedBalance(code)).isEqualByComparingTo("118.00");
        assertThat(books.journalBalance(code)).isEqualByComparingTo("118.00");
    }

    @Test
    void unknownEntryIsNotFound() {
        reverse(UUID.randomUUID().toString()).statusCode(404);
    }
}
