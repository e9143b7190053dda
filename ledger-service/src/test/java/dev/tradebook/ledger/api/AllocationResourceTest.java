package dev.tradebook.ledger.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradebook.ledger.Books;
import dev.tradebook.ledger.SalesDesk;
import dev.tradebook.ledger.Scenario;
import dev.tradebook.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class AllocationResourceTest {

    static final LocalDate TODAY = LocalDate.now();
    static final String PROBLEM = "application/problem+json";

    @Inject
    Scenario scenario;

    @Inject
    SalesDesk salesDesk;

    @Inject
    Books books;

    /** A customer with invoices INV-1 (100.00) and INV-2 (50.00), payment PAY-1 (120.00) and credit note CN-1 (30.00). */
    private String customerWithOpenItems() {
        return scenario.customerWith("ALLOC", "INR", code -> List.of(
                salesDesk.invoice(code, "INV-1", "INR", TODAY.minusDays(20), TODAY.plusDays(10), "100.00", "0"),
                salesDesk.invoice(code, "INV-2", "INR", TODAY, TODAY.plusDays(30), "50.00", "0"),
                salesDesk.payment(code, "PAY-1", "INR", "120.00"),
                salesDesk.creditNote(code, "CN-1", "INR", null, "30.00", "0")));
    }

    private static ValidatableResponse allocate(String code, String body) {
        return given().auth().oauth2(Tokens.withRoles("accounts")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/customers/" + code + "/allocations")
                .then();
    }

    @Test
    void allocatesAPaymentToTwoInvoices() {
        String code = customerWithOpenItems();

        allocate(code, """
                {"source": "PAY-1", "allocations": [{"invoice": "INV-1", "amount": "100.00"}, {"invoice": "INV-2", "amount": "15.50"}]}""")
                .statusCode(201)
                .body("source.document", equalTo("PAY-1"))
                .body("source.kind", equalTo("PAYMENT"))
                .body("source.amount", equalTo("120.00"))
                .body("source.outstanding", equalTo("4.50"))
                .body("invoices.document", contains("INV-1", "INV-2"))
                .body("invoices.outstanding", contains("0.00", "34.50"));

        assertThat(books.outstanding(code)).containsEntry("PAY-1", "4.5").containsEntry("INV-1", "0").containsEntry("INV-2", "34.5");
        assertThat(books.storedBalance(code)).isEqualByComparingTo("0.00");
    }

    @Test
    void allocatesACreditNote() {
        String code = customerWithOpenItems();

        allocate(code, """
                {"source": "CN-1", "allocations": [{"invoice": "INV-2", "amount": "30.00"}]}""")
                .statusCode(201)
                .body("source.outstanding", equalTo("0.00"))
                .body("invoices[0].outstanding", equalTo("20.00"));
    }

    @Test
    void refusesMoreThanThePaymentHasLeftAndWritesNothing() {
        String code = customerWithOpenItems();
        Map<String, String> before = books.outstanding(code);

        allocate(code, """
                {"source": "PAY-1", "allocations": [{"invoice": "INV-1", "amount": "100.00"}, {"invoice": "INV-2", "amount": "20.01"}]}""")
                .statusCode(422).contentType(PROBLEM)
                .body("type", endsWith("/allocation-refused"))
                .body("violations[0].field", equalTo("allocations[1].amount"))
                .body("violations[0].message", equalTo("more than the 20.00 left on PAY-1"));

        assertThat(books.outstanding(code)).isEqualTo(before);
    }

    @Test
    void refusesMoreThanTheInvoiceHasOutstanding() {
        String code = customerWithOpenItems();

        allocate(code, """
                {"source": "PAY-1", "allocations": [{"invoice": "INV-2", "amount": "50.01"}]}""")
                .statusCode(422)
                .body("violations[0].field", equalTo("allocations[0].amount"))
                .body("violations[0].message", equalTo("more than the 50.00 outstanding on INV-2"));
    }

    @Test
    void refusesAnInvoiceOfAnotherCustomer() {
        String code = customerWithOpenItems();
        String other = scenario.customerWith("OTHER", "INR", them -> List.of(
                salesDesk.invoice(them, "INV-THEIRS", "INR", TODAY, TODAY.plusDays(30), "80.00", "0")));

        allocate(code, """
                {"source": "PAY-1", "allocations": [{"invoice": "INV-THEIRS", "amount": "10.00"}]}""")
                .statusCode(422)
                .body("violations[0].field", equalTo("allocations[0].invoice"));

        assertThat(books.outstanding(other)).containsEntry("INV-THEIRS", "80");
        assertThat(books.outstanding(code)).containsEntry("PAY-1", "120");
    }

    @Test
    void refusesAnAmountFinerThanTheCurrency() {
        String code = customerWithOpenItems();

        allocate(code, """
                {"source": "PAY-1", "allocations": [{"invoice": "INV-1", "amount": "10.005"}]}""")
                .statusCode(422)
                .body("violations[0].field", equalTo("allocations[0].amount"))
                .body("violations[0].message", equalTo("has more decimals than INR allows"));
        assertThat(books.outstanding(code)).containsEntry("INV-1", "100").containsEntry("PAY-1", "120");
    }

    @Test
    void refusesAnUnknownInvoice() {
        String code = customerWithOpenItems();

        allocate(code, """
                {"source": "PAY-1", "allocations": [{"invoice": "INV-404", "amount": "10.00"}]}""")
                .statusCode(422)
                .body("violations[0].field", equalTo("allocations[0].invoice"));
    }

    @Test
    void refusesANegativeAmountAsInvalid() {
        allocate("ANY", """
                {"source": "PAY-1", "allocations": [{"invoice": "INV-1", "amount": "-1.00"}]}""")
                .statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("allocations[0].amount"));
    }

    @Test
    void unknownCustomerIsNotFound() {
        allocate("NOBODY-AT-ALL", """
                {"source": "PAY-1", "allocations": [{"invoice": "INV-1", "amount": "1.00"}]}""")
                .statusCode(404).contentType(PROBLEM);
    }

    @Test
    void salesMayNotAllocate() {
        given().auth().oauth2(Tokens.withRoles("sales")).contentType(ContentType.JSON)
                .body("{\"source\": \"PAY-1\", \"allocations\": [{\"invoice\": \"INV-1\", \"amount\": \"1.00\"}]}")
                .when().post("/api/v1/customers/ANY/allocations")
                .then().statusCode(403).contentType(PROBLEM);
    }
}
