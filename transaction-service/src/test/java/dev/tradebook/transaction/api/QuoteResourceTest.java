package dev.tradebook.transaction.api;

import static dev.tradebook.transaction.CreditEndpoint.creditOf;
import static dev.tradebook.transaction.support.Orders.SALES;
import static dev.tradebook.transaction.support.Orders.line;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradebook.transaction.support.Documents;
import dev.tradebook.transaction.support.Rows;
import dev.tradebook.transaction.support.TestCustomers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class QuoteResourceTest {

    @Inject
    TestCustomers customers;

    @Inject
    Rows rows;

    @Test
    void aQuoteIsDraftedSentAcceptedAndConvertedOnceIntoAnOrder() {
        String customer = customers.create("QT", "EUR", "1000", "STOP");
        String quote = draft(customer, "250")
                .body("status", equalTo("DRAFT"))
                .body("validUntil", equalTo(LocalDate.now(ZoneOffset.UTC).plusDays(30).toString()))
                .extract().path("number");
        creditOf(customer).body("exposure", equalTo("0.00"));

        act(quote, "send").statusCode(200).body("status", equalTo("SENT"));
        act(quote, "accept").statusCode(200).body("status", equalTo("ACCEPTED"));
        String order = act(quote, "convert").statusCode(201)
                .body("status", equalTo("APPROVED"))
                .body("quote", equalTo(quote))
                .body("totals.total", equalTo("250.00"))
                .extract().path("number");

        Documents.get("quotes/" + quote).body("salesOrder", equalTo(order));
        creditOf(customer).body("exposure", equalTo("250.00"));
        act(quote, "convert").statusCode(422).body("type", endsWith("/illegal-transition"));
    }

    @Test
    void aRejectedQuoteCannotBeAccepted() {
        String quote = draft(customers.create("QTR", "EUR", "0", "STOP"), "10").extract().path("number");
        act(quote, "send").statusCode(200);

        act(quote, "reject").statusCode(200).body("status", equalTo("REJECTED"));

        act(quote, "accept").statusCode(422).body("type", endsWith("/illegal-transition"));
    }

    @Test
    void aDraftCannotBeAcceptedBeforeItIsSent() {
        String quote = draft(customers.create("QTD", "EUR", "0", "STOP"), "10").extract().path("number");

        act(quote, "accept").statusCode(422);
    }

    @Test
    void aSentQuotePastItsDateIsExpiredAndCannotBeAccepted() throws SQLException {
        String quote = draft(customers.create("QTE", "EUR", "0", "STOP"), "10").extract().path("number");
        act(quote, "send").statusCode(200);

        rows.backdateQuote(quote, 31);

        Documents.get("quotes/" + quote).body("status", equalTo("EXPIRED"));
        String customer = Documents.get("quotes/" + quote).extract().path("customer");
        Documents.get("customers/" + customer + "/transactions").body("items[0].status", equalTo("EXPIRED"))
                .body("items[0].documentType", equalTo("QUOTE"));
        act(quote, "accept").statusCode(422).body("type", endsWith("/illegal-transition"));
    }

    @Test
    void theConvertedOrderIsCreditChecked() {
        String customer = customers.create("QTC", "EUR", "100", "STOP");
        String quote = draft(customer, "200").extract().path("number");
        act(quote, "send");
        act(quote, "accept");

        act(quote, "convert").statusCode(422).body("type", endsWith("/credit-limit-exceeded"));

        Documents.get("quotes/" + quote).body("status", equalTo("ACCEPTED")).body("salesOrder", nullValue());
    }

    private static ValidatableResponse draft(String customer, String price) {
        return given().auth().oauth2(SALES).contentType(ContentType.JSON)
                .body(Map.of("customer", customer, "lines", List.of(line("1", price))))
                .when().post("/api/v1/quotes").then().statusCode(201);
    }

    private static ValidatableResponse act(String quote, String action) {
        return given().auth().oauth2(SALES).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/quotes/{n}/" + action, quote).then();
    }
}
