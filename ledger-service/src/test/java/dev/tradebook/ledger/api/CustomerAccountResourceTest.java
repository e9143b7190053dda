package dev.tradebook.ledger.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradebook.ledger.SalesDesk;
import dev.tradebook.ledger.Scenario;
import dev.tradebook.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class CustomerAccountResourceTest {

    static final LocalDate TODAY = LocalDate.now();
    static final String PROBLEM = "application/problem+json";

    @Inject
    Scenario scenario;

    @Inject
    SalesDesk salesDesk;


    /** INV-OLD 100.00 due 10 days ago, INV-NEW 59.00 due in 30 days, PAY-X 20.00 unallocated. */
    private String customer() {
        return scenario.customerWith("VIEW", "INR", code -> List.of(
                salesDesk.invoice(code, "INV-OLD", "INR", TODAY.minusDays(40), TODAY.minusDays(10), "100.00", "0"),
                salesDesk.invoice(code, "INV-NEW", "INR", TODAY, TODAY.plusDays(30), "50.00", "9.00"),
                salesDesk.payment(code, "PAY-X", "INR", "20.00")));
    }

    private static RequestSpecification viewer() {
        return given().auth().oauth2(Tokens.withRoles("viewer"));
    }

    @Test
    void accountShowsBalanceDueOverdueAndCreditStatus() {
        String code = customer();

        viewer().when().get("/api/v1/customers/" + code + "/account")
                .then().statusCode(200)
                .body("customer", equalTo(code))
                .body("currency", equalTo("INR"))
                .body("balance", equalTo("139.00"))
                .body("amountDue", equalTo("159.00"))
                .body("amountOverdue", equalTo("100.00"))
                .body("creditLimit", equalTo("0.00"))
                .body("creditStatus.onHold", equalTo(false))
                .body("creditStatus.reasons", empty());
    }

    @Test
    void entriesListTheDebtorLinesInPostingOrderPageByPage() {
        String code = customer();

        viewer().queryParam("size", 2).when().get("/api/v1/customers/" + code + "/entries")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.document", contains("INV-OLD", "INV-NEW"))
                .body("items.debit", contains("100.00", "59.00"))
                .body("items.account", contains("1100", "1100"));
        viewer().queryParam("size", 2).queryParam("page", 1).when().get("/api/v1/customers/" + code + "/entries")
                .then().statusCode(200)
                .body("items.document", contains("PAY-X"))
                .body("items.credit", contains("20.00"));
    }

    @Test
    void entriesOfAPeriodLeaveOutTheOthers() {
        String code = customer();

        viewer().queryParam("from", TODAY.minusDays(1).toString()).queryParam("to", TODAY.toString())
                .when().get("/api/v1/customers/" + code + "/entries")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.document", contains("INV-NEW", "PAY-X"));
    }

    @Test
    void openItemsComeOldestFirst() {
        String code = customer();

        viewer().when().get("/api/v1/customers/" + code + "/open-items")
                .then().statusCode(200)
                .body("items.document", contains("INV-OLD", "INV-NEW", "PAY-X"))
                .body("items.outstanding", contains("100.00", "59.00", "20.00"))
                .body("items.dueDate", contains(TODAY.minusDays(10).toString(), TODAY.plusDays(30).toString(), null))
                .body("total", equalTo(3));
        viewer().queryParam("size", 1).queryParam("page", 2).when().get("/api/v1/customers/" + code + "/open-items")
                .then().statusCode(200)
                .body("items.document", contains("PAY-X"))
                .body("page", equalTo(2));
    }

    @Test
    void journalEntryShowsItsBalancedLines() {
        String code = customer();
        String id = viewer().when().get("/api/v1/customers/" + code + "/entries")
                .then().extract().jsonPath().getString("items[1].journalEntry");

        viewer().when().get("/api/v1/journal-entries/" + id)
                .then().statusCode(200)
                .body("customer", equalTo(code))
                .body("kind", equalTo("INVOICE"))
                .body("document", equalTo("INV-NEW"))
                .body("totalDebit", equalTo("59.00"))
                .body("totalCredit", equalTo("59.00"))
                .body("lines.account", contains("1100", "4000", "2200"))
                .body("lines.credit", contains("0.00", "50.00", "9.00"));
    }

    @Test
    void unknownCustomerIsNotFound() {
        for (String path : new String[] {"account", "entries", "open-items"}) {
            viewer().when().get("/api/v1/customers/NOBODY-KNOWN/" + path)
                    .then().statusCode(404).contentType(PROBLEM);
        }
        viewer().when().get("/api/v1/journal-entries/not-an-id").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void periodEndingBeforeItStartsIsInvalid() {
        viewer().queryParam("from", "2026-05-02").queryParam("to", "2026-05-01")
                .when().get("/api/v1/customers/ANY/entries")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("to"));
        viewer().queryParam("from", "2026-02-30")
                .when().get("/api/v1/customers/ANY/entries")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("from"));
    }
}
