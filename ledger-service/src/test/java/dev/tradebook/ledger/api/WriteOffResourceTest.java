package dev.tradebook.ledger.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradebook.ledger.Books;
import dev.tradebook.ledger.LedgerEvents;
import dev.tradebook.ledger.SalesDesk;
import dev.tradebook.ledger.Scenario;
import dev.tradebook.platform.events.ledger.BalanceChanged;
import dev.tradebook.platform.events.ledger.WriteOffPosted;
import dev.tradebook.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class WriteOffResourceTest {

    static final LocalDate TODAY = LocalDate.now();
    static final String PROBLEM = "application/problem+json";

    @Inject
    Scenario scenario;

    @Inject
    SalesDesk salesDesk;

    @Inject
    Books books;

    @Inject
    LedgerEvents ledgerEvents;

    /** A customer owing INV-W of 100.00. */
    private String customerOwing() {
        return scenario.customerWith("WOFF", "INR", code -> List.of(
                salesDesk.invoice(code, "INV-W", "INR", TODAY.minusDays(100), TODAY.minusDays(70), "100.00", "0")));
    }

    static ValidatableResponse writeOff(String role, String code, String body) {
        return given().auth().oauth2(Tokens.withRoles(role)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/customers/" + code + "/write-offs").then();
    }

    @Test
    void writesOffPartOfAnInvoice() {
        String code = customerOwing();

        String entry = writeOff("accounts", code, """
                {"invoice": "INV-W", "amount": "30.00", "reason": "customer insolvent"}""")
                .statusCode(201)
                .body("kind", equalTo("WRITE_OFF"))
                .body("document", equalTo("INV-W"))
                .body("memo", equalTo("customer insolvent"))
                .body("lines.account", contains("6100", "1100"))
                .body("lines.debit", contains("30.00", "0.00"))
                .body("lines.credit", contains("0.00", "30.00"))
                .extract().path("id");

        assertThat(books.outstanding(code)).containsEntry("INV-W", "70");
        assertThat(books.storedBalance(code)).isEqualByComparingTo("70.00");
        WriteOffPosted posted = ledgerEvents.read(code, "ledger.write-off-posted.v1", WriteOffPosted.class, 1).get(0);
        assertThat(posted.amount().toPlainString()).isEqualTo("30.00");
        assertThat(posted.invoice()).isEqualTo("INV-W");
        assertThat(posted.journalEntry()).isEqualTo(entry);
        assertThat(ledgerEvents.read(code, "ledger.balance-changed.v1", BalanceChanged.class, 2).get(1).balance())
                .isEqualByComparingTo("70.00");
    }

    @Test
    void refusesMoreThanTheInvoiceHasOpenAndWritesNothing() {
        String code = customerOwing();

        writeOff("accounts", code, """
                {"invoice": "INV-W", "amount": "100.01", "reason": "too much"}""")
                .statusCode(422).contentType(PROBLEM)
                .body("type", endsWith("/allocation-refused"))
                .body("violations[0].field", equalTo("amount"));

        assertThat(books.entriesOf(code)).isEqualTo(1);
        assertThat(books.outstanding(code)).containsOnlyKeys("INV-W").containsEntry("INV-W", "100");
    }

    @Test
    void refusesAnUnknownInvoice() {
        String code = customerOwing();

        writeOff("accounts", code, """
                {"invoice": "INV-NONE", "amount": "1.00", "reason": "typo"}""")
                .statusCode(422)
                .body("violations[0].field", equalTo("invoice"));
    }

    @Test
    void unknownCustomerIsNotFound() {
        writeOff("accounts", "NO-SUCH-CUSTOMER", """
                {"invoice": "INV-W", "amount": "1.00", "reason": "gone"}""")
                .statusCode(404).contentType(PROBLEM);
    }

    @Test
    void reasonIsRequired() {
        writeOff("accounts", "ANY", """
                {"invoice": "INV-W", "amount": "1.00", "reason": " "}""")
                .statusCode(400)
                .body("violations[0].field", equalTo("reason"));
    }

    @Test
    void salesMayNotWriteOff() {
        writeOff("sales", "ANY", """
                {"invoice": "INV-W", "amount": "1.00", "reason": "no"}""")
                .statusCode(403);
    }
}
