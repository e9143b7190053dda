package dev.tradebook.ledger.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import dev.tradebook.ledger.SalesDesk;
import dev.tradebook.ledger.Scenario;
import dev.tradebook.platform.events.sales.Allocation;
import dev.tradebook.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class StatementResourceTest {

    static final LocalDate T = LocalDate.now(ZoneOffset.UTC);

    @Inject
    Scenario scenario;

    @Inject
    SalesDesk salesDesk;


    /** INV-1 118.00 on T-40, 50.00 of it paid on T-20; INV-2 200.00 on T-5, credited 20.00 today. */
    private String customer() {
        return scenario.customerWith("STMT", "INR", code -> List.of(
                salesDesk.invoice(code, "INV-1", "INR", T.minusDays(40), T.minusDays(10), "100.00", "18.00"),
                salesDesk.payment(code, "PAY-1", "INR", T.minusDays(20), "50.00", new Allocation("INV-1", new BigDecimal("50.00"))),
                salesDesk.invoice(code, "INV-2", "INR", T.minusDays(5), T.plusDays(25), "200.00", "0"),
                salesDesk.creditNote(code, "CN-1", "INR", "INV-2", "20.00", "0")));
    }

    private static RequestSpecification viewer() {
        return given().auth().oauth2(Tokens.withRoles("viewer"));
    }

    @Test
    void openItemStatementListsWhatIsOpen() {
        String code = customer();

        viewer().when().get("/api/v1/customers/" + code + "/statement")
                .then().statusCode(200)
                .body("kind", equalTo("OPEN_ITEMS"))
                .body("customerName", equalTo("Customer " + code))
                .body("openItems.document", contains("INV-1", "INV-2"))
                .body("openItems.outstanding", contains("68.00", "180.00"))
                .body("closingBalance", equalTo("248.00"))
                .body("lines", nullValue());
    }

    @Test
    void periodStatementRunsFromTheOpeningToTheClosingBalance() {
        String code = customer();

        viewer().queryParam("from", T.minusDays(30).toString()).queryParam("to", T.minusDays(1).toString())
                .when().get("/api/v1/customers/" + code + "/statement")
                .then().statusCode(200)
                .body("kind", equalTo("PERIOD"))
                .body("openingBalance", equalTo("118.00"))
                .body("lines.document", contains("PAY-1", "INV-2"))
                .body("lines.debit", contains("0.00", "200.00"))
                .body("lines.credit", contains("50.00", "0.00"))
                .body("lines.balance", contains("68.00", "268.00"))
                .body("closingBalance", equalTo("268.00"));
    }

    @Test
    void pdfHasTheHeaderTheLinesAndTheTotals() throws IOException {
        String code = customer();

        byte[] pdf = viewer().accept("application/pdf").queryParam("from", T.minusDays(30).toString())
                .when().get("/api/v1/customers/" + code + "/statement")
                .then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();

        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("Tradebook Distributors", "Customer " + code, "(" + code + ")", "Currency: INR",
                "Opening balance: 118.00", "PAY-1", "INV-2", "CN-1", "Closing balance: 248.00 INR");
        assertThat(text).doesNotContain("INV-1 ");
    }

    @Test
    void openItemPdfListsTheOpenItems() throws IOException {
        String code = customer();

        byte[] pdf = viewer().accept("application/pdf").when().get("/api/v1/customers/" + code + "/statement")
                .then().statusCode(200).extract().asByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Open-item statement", "INV-1", "68.00", "INV-2", "180.00", "Closing balance: 248.00 INR");
        }
    }

    @Test
    void unknownCustomerIsNotFound() {
        viewer().when().get("/api/v1/customers/NOBODY-HERE/statement")
                .then().statusCode(404).contentType("application/problem+json");
        viewer().accept("application/pdf").when().get("/api/v1/customers/NOBODY-HERE/statement")
                .then().statusCode(404);
    }
}
