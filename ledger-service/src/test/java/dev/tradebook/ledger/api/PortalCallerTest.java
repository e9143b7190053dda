package dev.tradebook.ledger.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
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

/** A portal user (role customer) reads its own account and statement; another customer's is 404. */
@QuarkusTest
class PortalCallerTest {

    static final LocalDate TODAY = LocalDate.now();

    @Inject
    Scenario scenario;

    @Inject
    SalesDesk salesDesk;

    private String customerOwing(String amount) {
        return scenario.customerWith("PORT", "INR", code -> List.of(
                salesDesk.invoice(code, "INV-P1", "INR", TODAY, TODAY.plusDays(30), amount, "0")));
    }

    private static RequestSpecification as(String customer) {
        return given().auth().oauth2(Tokens.forCustomer(customer));
    }

    @Test
    void readsItsOwnAccountAndStatement() {
        String own = customerOwing("75.00");

        as(own).when().get("/api/v1/customers/" + own + "/account")
                .then().statusCode(200).body("balance", equalTo("75.00"));
        as(own).when().get("/api/v1/customers/" + own + "/statement")
                .then().statusCode(200).body("customer", equalTo(own));
    }

    @Test
    void anotherCustomersAccountAndStatementAreNotFound() {
        String own = customerOwing("75.00");
        String other = customerOwing("20.00");

        as(own).when().get("/api/v1/customers/" + other + "/account")
                .then().statusCode(404).contentType("application/problem+json").body("type", endsWith("/not-found"));
        as(own).when().get("/api/v1/customers/" + other + "/statement").then().statusCode(404);
        as(own).accept("application/pdf").when().get("/api/v1/customers/" + other + "/statement").then().statusCode(404);
    }

    @Test
    void otherReadsStayClosedToPortalUsers() {
        String own = customerOwing("75.00");

        as(own).when().get("/api/v1/customers/" + own + "/entries").then().statusCode(403);
        as(own).when().get("/api/v1/aging").then().statusCode(403);
    }

    @Test
    void aTokenWithoutItsCustomerIsForbidden() {
        String own = customerOwing("75.00");

        given().auth().oauth2(Tokens.withRoles("customer")).when().get("/api/v1/customers/" + own + "/account")
                .then().statusCode(403).body("type", endsWith("/customer-claim-missing"));
    }
}
