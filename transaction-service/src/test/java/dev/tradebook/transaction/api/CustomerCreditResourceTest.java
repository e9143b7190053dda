package dev.tradebook.transaction.api;

import static dev.tradebook.transaction.CreditEndpoint.awaitCreditOf;
import static dev.tradebook.transaction.CreditEndpoint.creditOf;
import static dev.tradebook.transaction.CustomerEventFeed.created;
import static dev.tradebook.transaction.CustomerEventFeed.newCustomerCode;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import dev.tradebook.platform.testing.Tokens;
import dev.tradebook.transaction.CustomerEventFeed;
import dev.tradebook.transaction.support.TestCustomers;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CustomerCreditResourceTest {

    @Inject
    CustomerEventFeed feed;

    @Inject
    TestCustomers customers;

    @Test
    void zeroLimitIsNotCheckedAndLeavesAvailableEmpty() {
        String code = newCustomerCode("ZERO");

        feed.publish(created(code, "Cash Only", "INR", "0", 0));

        awaitCreditOf(code)
                .body("limit", equalTo("0.00"))
                .body("exposure", equalTo("0.00"))
                .body("limitChecked", equalTo(false))
                .body("available", nullValue());
    }

    @Test
    void yenAmountsHaveNoDecimals() {
        String code = newCustomerCode("JPY");

        feed.publish(created(code, "Osaka Imports", "JPY", "5000", 0));

        awaitCreditOf(code)
                .body("currency", equalTo("JPY"))
                .body("limit", equalTo("5000"))
                .body("exposure", equalTo("0"))
                .body("available", equalTo("5000"));
    }

    @Test
    void dinarAmountsHaveThreeDecimals() {
        String code = newCustomerCode("KWD");

        feed.publish(created(code, "Gulf Imports", "KWD", "1000.125", 0));

        awaitCreditOf(code).body("limit", equalTo("1000.125")).body("exposure", equalTo("0.000"));
    }

    @Test
    void creditShowsTheActionsOnExceedingTheLimit() {
        String code = customers.create("ACT", "EUR", "100", "WARN");

        awaitCreditOf(code)
                .body("creditActionOnOrder", equalTo("WARN"))
                .body("creditActionOnInvoice", equalTo("WARN"))
                .body("manualHoldReason", nullValue());
    }

    @Test
    void customerUnknownToThisServiceIsNotFoundProblem() {
        creditOf(newCustomerCode("NONE"))
                .statusCode(404).contentType("application/problem+json")
                .body("type", endsWith("/not-found"))
                .body("status", equalTo(404));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sales-admin", "sales", "accounts", "viewer"})
    void everyStaffRoleMayReadCredit(String role) {
        String code = newCustomerCode("ROLE");
        feed.publish(created(code, "Readable", "EUR", "1", 0));
        awaitCreditOf(code);

        given().auth().oauth2(Tokens.withRoles(role))
                .when().get("/api/v1/customers/{code}/credit", code)
                .then().statusCode(200).body("customer", equalTo(code));
    }
}
