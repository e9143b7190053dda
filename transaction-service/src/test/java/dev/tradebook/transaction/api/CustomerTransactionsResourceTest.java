package dev.tradebook.transaction.api;

import static dev.tradebook.transaction.support.Documents.post;
import static dev.tradebook.transaction.support.Orders.line;
import static dev.tradebook.transaction.support.Orders.placed;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.tradebook.platform.testing.Tokens;
import dev.tradebook.transaction.support.Invoices;
import dev.tradebook.transaction.support.Rows;
import dev.tradebook.transaction.support.TestCustomers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class CustomerTransactionsResourceTest {

    @Inject
    TestCustomers customers;

    @Inject
    Rows rows;

    private String customer;
    private String order;
    private String overdue;
    private String settled;
    private String open;
    private String payment;
    private String cashSale;
    private String refund;
    private String creditNote;

    /** One of each: an order, an overdue, a settled and an open invoice, a payment, cash sale, refund, credit note. */
    @BeforeEach
    void documents() throws SQLException {
        customer = customers.create("TXN", "EUR", "0", "STOP");
        order = placed(customer, "1", "10");
        overdue = invoice("100");
        rows.backdateInvoice(overdue, 40);
        settled = invoice("50");
        open = invoice("70");
        creditNote = post("credit-notes", Map.of("invoice", settled, "customer", customer,
                "lines", List.of(line("1", "50")))).statusCode(201).extract().path("number");
        payment = post("payments", Map.of("customer", customer, "amount", "20", "method", "CASH",
                "allocations", List.of(Map.of("invoice", open, "amount", "20")))).statusCode(201).extract().path("number");
        cashSale = post("cash-sales", Map.of("customer", customer, "lines", List.of(line("1", "5")), "method", "CARD"))
                .statusCode(201).extract().path("number");
        refund = post("refunds", Map.of("customer", customer, "amount", "3", "method", "CASH"))
                .statusCode(201).extract().path("number");
    }

    @Test
    void allListsEveryDocumentNewestFirst() {
        transactions("all").statusCode(200)
                .body("total", equalTo(8))
                .body("items.number", containsInAnyOrder(order, overdue, settled, open, creditNote, payment, cashSale,
                        refund))
                .body("items[7].number", equalTo(overdue));
    }

    @Test
    void openInvoicesShowWhatIsStillOwed() {
        transactions("open-invoices").statusCode(200)
                .body("items.number", containsInAnyOrder(overdue, open))
                .body("items.find { it.number == '" + open + "' }.outstanding", equalTo("50.00"));
    }

    @Test
    void overdueInvoicesArePastTheirDueDate() {
        transactions("overdue").statusCode(200).body("items.number", equalTo(List.of(overdue)))
                .body("items[0].amount", equalTo("100.00"));
    }

    @Test
    void moneyInAndMoneyOut() {
        transactions("money-in").body("items.number", containsInAnyOrder(payment, cashSale));
        transactions("money-out").body("items.number", equalTo(List.of(refund)))
                .body("items[0].amount", equalTo("3.00"));
    }

    @Test
    void pagesAreCountedInFull() {
        given().auth().oauth2(Tokens.withRoles("viewer"))
                .when().get("/api/v1/customers/{c}/transactions?kind=all&page=1&size=3", customer)
                .then().statusCode(200).body("items.size()", equalTo(3)).body("page", equalTo(1))
                .body("total", equalTo(8));
    }

    @Test
    void anUnknownKindIsRefused() {
        transactions("everything").statusCode(400).body("violations[0].field", equalTo("kind"));
    }

    @Test
    void anUnknownCustomerIsNotFound() {
        given().auth().oauth2(Tokens.withRoles("viewer")).when().get("/api/v1/customers/NOBODY-2/transactions")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private ValidatableResponse transactions(String kind) {
        return given().auth().oauth2(Tokens.withRoles("viewer"))
                .when().get("/api/v1/customers/{c}/transactions?kind={k}", customer, kind).then();
    }

    private String invoice(String amount) {
        return Invoices.issue(Map.of("customer", customer, "lines", List.of(line("1", amount))))
                .statusCode(201).extract().path("number");
    }
}
