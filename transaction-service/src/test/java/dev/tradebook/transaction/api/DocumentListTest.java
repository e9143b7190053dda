package dev.tradebook.transaction.api;

import static dev.tradebook.transaction.support.Documents.post;
import static dev.tradebook.transaction.support.Orders.line;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradebook.transaction.support.Documents;
import dev.tradebook.transaction.support.Invoices;
import dev.tradebook.transaction.support.Orders;
import dev.tradebook.transaction.support.Rows;
import dev.tradebook.transaction.support.TestCustomers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The lists of every kind of document, each narrowed to a customer of its own so that values can be asserted. */
@QuarkusTest
class DocumentListTest {

    @Inject
    TestCustomers customers;

    @Inject
    Rows rows;

    @Test
    void salesOrdersArePagedSortedAndFilteredByStatus() {
        String customer = customers.create("LSO", "EUR", "0", "STOP");
        String first = Orders.placed(customer, "1", "10");
        String second = Orders.placed(customer, "2", "10");
        String third = Orders.placed(customer, "3", "10");
        Orders.act(Orders.SALES, second, "cancel", Map.of("reason", "duplicate")).statusCode(200);

        Documents.get("sales-orders?customer=" + customer + "&size=2")
                .body("total", equalTo(3)).body("page", equalTo(0)).body("size", equalTo(2))
                .body("items.number", contains(first, second)).body("items[0].totals.total", equalTo("10.00"));
        Documents.get("sales-orders?customer=" + customer + "&size=2&page=1").body("items.number", contains(third));
        Documents.get("sales-orders?customer=" + customer + "&sort=number,desc")
                .body("items.number", contains(third, second, first));
        Documents.get("sales-orders?customer=" + customer + "&status=CANCELLED")
                .body("total", equalTo(1)).body("items[0].number", equalTo(second))
                .body("items[0].status", equalTo("CANCELLED"));
    }

    @Test
    void invoicesShowWhatIsOutstanding() {
        String customer = customers.create("LIN", "EUR", "0", "STOP");
        String invoice = invoice(customer, "120");
        post("payments", Map.of("customer", customer, "amount", "20.00", "method", "CASH",
                "allocations", List.of(Map.of("invoice", invoice, "amount", "20.00")))).statusCode(201);

        Documents.get("invoices?customer=" + customer)
                .body("total", equalTo(1)).body("items[0].number", equalTo(invoice))
                .body("items[0].totals.total", equalTo("120.00")).body("items[0].outstanding", equalTo("100.00"));
    }

    @Test
    void paymentsAndRefundsAreListedWithTheirAmounts() {
        String customer = customers.create("LPR", "EUR", "0", "STOP");
        post("payments", Map.of("customer", customer, "amount", "30.00", "method", "CHEQUE", "reference", "CHQ-1"))
                .statusCode(201);
        post("payments", Map.of("customer", customer, "amount", "12.50", "method", "CASH")).statusCode(201);
        post("refunds", Map.of("customer", customer, "amount", "5.25", "method", "CARD")).statusCode(201);

        Documents.get("payments?customer=" + customer).body("total", equalTo(2))
                .body("items.amount", contains("30.00", "12.50")).body("items[0].reference", equalTo("CHQ-1"));
        Documents.get("refunds?customer=" + customer).body("total", equalTo(1))
                .body("items[0].amount", equalTo("5.25")).body("items[0].method", equalTo("CARD"));
    }

    @Test
    void cashSalesAndCreditNotesAreListedWithTheirTotals() {
        String customer = customers.create("LCS", "EUR", "0", "STOP");
        post("cash-sales", Map.of("customer", customer, "lines", List.of(line("2", "25")), "method", "CARD"))
                .statusCode(201);
        String invoice = invoice(customer, "80");
        post("credit-notes", Map.of("invoice", invoice, "customer", customer, "lines", List.of(line("1", "30"))))
                .statusCode(201);

        Documents.get("cash-sales?customer=" + customer).body("total", equalTo(1))
                .body("items[0].totals.total", equalTo("50.00")).body("items[0].method", equalTo("CARD"));
        Documents.get("credit-notes?customer=" + customer).body("total", equalTo(1))
                .body("items[0].invoice", equalTo(invoice)).body("items[0].totals.total", equalTo("30.00"));
    }

    @Test
    void rmasAreListedAndFilteredByStatus() {
        String customer = customers.create("LRM", "EUR", "0", "STOP");
        String invoice = invoice(customer, "90");
        String authorised = post("rmas", Map.of("invoice", invoice, "customer", customer,
                "lines", List.of(line("1", "20")))).statusCode(201).extract().path("number");
        String received = post("rmas", Map.of("invoice", invoice, "customer", customer,
                "lines", List.of(line("1", "30")))).statusCode(201).extract().path("number");
        post("rmas/" + received + "/receive", Map.of()).statusCode(200);

        Documents.get("rmas?customer=" + customer + "&sort=number,desc").body("total", equalTo(2))
                .body("items.number", contains(received, authorised)).body("items[1].invoice", equalTo(invoice))
                .body("items[1].totals.total", equalTo("20.00"));
        Documents.get("rmas?customer=" + customer + "&status=RECEIVED").body("total", equalTo(1))
                .body("items[0].number", equalTo(received)).body("items[0].status", equalTo("RECEIVED"));
        Documents.get("rmas?customer=" + customer + "&status=CREDITED").body("total", equalTo(0));
    }

    @Test
    void quotesAreFilteredByStatusAnExpiredOneByItsDate() throws Exception {
        String customer = customers.create("LQT", "EUR", "0", "STOP");
        String draft = quote(customer);
        String sent = quote(customer);
        String expired = quote(customer);
        sendQuote(sent);
        sendQuote(expired);
        rows.backdateQuote(expired, 31);

        Documents.get("quotes?customer=" + customer).body("total", equalTo(3));
        Documents.get("quotes?customer=" + customer + "&status=DRAFT").body("items.number", contains(draft));
        Documents.get("quotes?customer=" + customer + "&status=SENT").body("items.number", contains(sent));
        Documents.get("quotes?customer=" + customer + "&status=EXPIRED").body("items.number", contains(expired))
                .body("items[0].status", equalTo("EXPIRED"));
    }

    @Test
    void theDateRangeIsInclusiveOnTheDocumentDate() throws Exception {
        String customer = customers.create("LDT", "EUR", "0", "STOP");
        String old = quote(customer);
        String recent = quote(customer);
        rows.backdateQuote(old, 10);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String path = "quotes?customer=" + customer + "&sort=date,desc";

        Documents.get(path + "&from=" + today).body("items.number", contains(recent));
        Documents.get(path + "&to=" + today.minusDays(10)).body("items.number", contains(old));
        Documents.get(path + "&from=" + today.minusDays(10) + "&to=" + today).body("items.number", contains(recent, old));
        Documents.get("sales-orders?customer=" + customer + "&from=" + today.plusDays(1)).body("total", equalTo(0));
    }

    private static String invoice(String customer, String amount) {
        return Invoices.issue(Map.of("customer", customer, "lines", List.of(line("1", amount))))
                .statusCode(201).extract().path("number");
    }

    private static String quote(String customer) {
        return given().auth().oauth2(Orders.SALES).contentType(ContentType.JSON)
                .body(Map.of("customer", customer, "lines", List.of(line("1", "10"))))
                .when().post("/api/v1/quotes").then().statusCode(201).extract().path("number");
    }

    private static void sendQuote(String quote) {
        given().auth().oauth2(Orders.SALES).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/quotes/{n}/send", quote).then().statusCode(200);
    }
}
