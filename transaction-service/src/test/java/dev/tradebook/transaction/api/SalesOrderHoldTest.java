package dev.tradebook.transaction.api;

import static dev.tradebook.transaction.CreditEndpoint.creditOf;
import static dev.tradebook.transaction.support.Orders.ACCOUNTS;
import static dev.tradebook.transaction.support.Orders.SALES;
import static dev.tradebook.transaction.support.Orders.act;
import static dev.tradebook.transaction.support.Orders.line;
import static dev.tradebook.transaction.support.Orders.place;
import static dev.tradebook.transaction.support.Orders.placed;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.tradebook.platform.testing.Tokens;
import dev.tradebook.transaction.support.Orders;
import dev.tradebook.transaction.support.Settings;
import dev.tradebook.transaction.support.TestCustomers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class SalesOrderHoldTest {

    @Inject
    TestCustomers customers;

    @AfterEach
    void companyAllowsNothingOnHoldAgain() {
        Settings.holdPolicy("ALLOW_NOTHING");
    }

    @Test
    void underAllowNothingAnOrderForACustomerOnHoldIsRefusedWithTheReasons() {
        String customer = customers.create("HOLD", "EUR", "1000", "STOP");
        customers.manualHold(customer, "disputed delivery", 2);
        customers.automaticHold(customer, "PAST_DUE", "EUR");

        place(Orders.order(customer, line("1", "10")))
                .statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("/customer-on-hold"))
                .body("holdReasons", contains("MANUAL", "PAST_DUE"))
                .body("documentAmount", equalTo("10.00"));
        creditOf(customer).body("holdReasons", contains("MANUAL", "PAST_DUE"))
                .body("manualHoldReason", equalTo("disputed delivery"));
    }

    @Test
    void underAPendingPolicyTheOrderIsPendingAndOutsideTheExposureUntilApproved() {
        Settings.holdPolicy("ALLOW_PENDING_ORDERS");
        String customer = customers.create("PEND", "EUR", "1000", "STOP");
        customers.automaticHold(customer, "CREDIT_LIMIT", "EUR");

        String number = place(Orders.order(customer, line("3", "100"))).statusCode(201)
                .body("status", equalTo("PENDING")).extract().path("number");
        creditOf(customer).body("exposure", equalTo("0.00"));

        act(ACCOUNTS, number, "approve", Map.of()).statusCode(422).body("type", endsWith("/customer-on-hold"));

        customers.automaticRelease(customer, "CREDIT_LIMIT", "EUR");
        act(ACCOUNTS, number, "approve", Map.of()).statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("approvedBy", equalTo("arjun"));
        creditOf(customer).body("exposure", equalTo("300.00"));
    }

    @Test
    void approvalChecksCreditAgain() {
        Settings.holdPolicy("ALLOW_PENDING_ORDERS_AND_CASH_SALES");
        String customer = customers.create("REAPP", "EUR", "500", "STOP");
        customers.manualHold(customer, "check references", 2);
        String pending = placed(customer, "4", "100");
        customers.manualHold(customer, null, 3);
        placed(customer, "2", "100");

        act(ACCOUNTS, pending, "approve", Map.of())
                .statusCode(422)
                .body("type", endsWith("/credit-limit-exceeded"))
                .body("exposure", equalTo("200.00"))
                .body("documentAmount", equalTo("400.00"));
        Orders.get(pending).body("status", equalTo("PENDING"));
    }

    @Test
    void onlyAccountsApproves() {
        Settings.holdPolicy("ALLOW_PENDING_ORDERS");
        String customer = customers.create("ROLE", "EUR", "0", "STOP");
        customers.manualHold(customer, "x", 2);
        String pending = placed(customer, "1", "1");

        act(SALES, pending, "approve", Map.of()).statusCode(403);
    }

    @Test
    void approvingAnApprovedOrderIsAnIllegalTransition() {
        String customer = customers.create("TWICE", "EUR", "0", "STOP");
        String approved = placed(customer, "1", "1");

        act(ACCOUNTS, approved, "approve", Map.of()).statusCode(422).body("type", endsWith("/illegal-transition"));
    }

    @Test
    void settingsShowTheHoldPolicy() {
        Settings.holdPolicy("ALLOW_CASH_SALES");

        given().auth().oauth2(Tokens.withRoles("viewer")).when().get("/api/v1/settings")
                .then().statusCode(200).body("holdPolicy", equalTo("ALLOW_CASH_SALES"));
    }

    @Test
    void anUnknownHoldPolicyIsRefused() {
        given().auth().oauth2(Tokens.withRoles("sales-admin")).contentType(ContentType.JSON)
                .body(Map.of("holdPolicy", "ALLOW_EVERYTHING"))
                .when().put("/api/v1/settings")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
