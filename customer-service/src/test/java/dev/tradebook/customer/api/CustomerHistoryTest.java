package dev.tradebook.customer.api;

import static dev.tradebook.customer.api.Customers.createMinimal;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** GET /customers/{code}/history: who changed which fields of a customer, when, from what to what. */
@QuarkusTest
class CustomerHistoryTest {

    private static final String ADMIN = Tokens.forUser("anita", "sales-admin");
    private static final String ACCOUNTS = Tokens.forUser("ravi", "accounts");

    @Test
    void creationRecordsWhoWhenAndTheValuesSet() {
        Instant before = Instant.now().minusSeconds(1);
        String code = createMinimal("HS");

        ValidatableResponse history = history(code).statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].kind", equalTo("CREATED"))
                .body("items[0].version", equalTo(0))
                .body("items[0].changedBy", equalTo("priya"))
                .body("items[0].changes.field", hasItems("code", "currency", "name", "type", "debtorAccountGroups"))
                .body("items[0].changes.find { it.field == 'name' }.before", nullValue())
                .body("items[0].changes.find { it.field == 'name' }.after", equalTo("Minimal " + code))
                .body("items[0].changes.find { it.field == 'currency' }.after", equalTo("INR"))
                .body("items[0].changes.find { it.field == 'debtorAccountGroups' }.after", contains("DOM"));
        Instant at = Instant.parse(history.extract().path("items[0].changedAt"));
        assertThat(at).isBetween(before, Instant.now().plusSeconds(1));
        assertThat(history.extract().<String>path("items[0].changedAt")).endsWith("Z");
    }

    @Test
    void aPutRecordsOnlyTheChangedFieldsWithBeforeAndAfter() {
        String code = createMinimal("HS");

        Customers.put(code, "\"0\"", """
                {"code": "%s", "name": "Renamed Traders", "type": "CUSTOMER", "debtorAccountGroups": ["DOM"],
                 "creditLimit": "5000"}""".formatted(code)).then().statusCode(200);

        history(code).body("total", equalTo(2))
                .body("items[0].kind", equalTo("UPDATED"))
                .body("items[0].version", equalTo(1))
                .body("items[0].changedBy", equalTo("priya"))
                .body("items[0].changes.field", contains("name", "creditLimit"))
                .body("items[0].changes[0].before", equalTo("Minimal " + code))
                .body("items[0].changes[0].after", equalTo("Renamed Traders"))
                .body("items[0].changes[1].before", equalTo("0.00"))
                .body("items[0].changes[1].after", equalTo("5000.00"))
                .body("items[1].kind", equalTo("CREATED"));
    }

    @Test
    void aPatchRecordsTheFieldItChanged() {
        String code = createMinimal("HS");

        Customers.patch(code, "\"0\"", "{\"email\": \"orders@traders.example\"}").then().statusCode(200);

        history(code).body("items[0].kind", equalTo("UPDATED"))
                .body("items[0].changes.field", contains("email"))
                .body("items[0].changes[0].before", nullValue())
                .body("items[0].changes[0].after", equalTo("orders@traders.example"));
    }

    @Test
    void placingAndReleasingAHoldAreRecordedWithTheReason() {
        String code = createMinimal("HS");
        given().auth().oauth2(ACCOUNTS).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"reason\": \"Cheque bounced\"}")
                .when().put("/api/v1/customers/" + code + "/hold").then().statusCode(200);
        given().auth().oauth2(Tokens.forUser("anita", "accounts")).header("If-Match", "\"1\"")
                .when().delete("/api/v1/customers/" + code + "/hold").then().statusCode(200);

        history(code).body("total", equalTo(3))
                .body("items[1].kind", equalTo("HOLD_PLACED"))
                .body("items[1].changedBy", equalTo("ravi"))
                .body("items[1].changes.field", contains("holdReasons", "manualHoldReason"))
                .body("items[1].changes[0].before", empty())
                .body("items[1].changes[0].after", contains("MANUAL"))
                .body("items[1].changes[1].after", equalTo("Cheque bounced"))
                .body("items[0].kind", equalTo("HOLD_RELEASED"))
                .body("items[0].changedBy", equalTo("anita"))
                .body("items[0].changes[0].before", contains("MANUAL"))
                .body("items[0].changes[1].before", equalTo("Cheque bounced"))
                .body("items[0].changes[1].after", nullValue());
    }

    @Test
    void anOwnerTransferRecordsTheOldAndNewOwner() {
        String code = createMinimal("HS");

        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"owner\": \"neha\"}")
                .when().put("/api/v1/customers/" + code + "/owner").then().statusCode(200);

        history(code).body("items[0].kind", equalTo("OWNER_CHANGED"))
                .body("items[0].changedBy", equalTo("anita"))
                .body("items[0].changes[0].field", equalTo("owner"))
                .body("items[0].changes[0].before", equalTo("priya"))
                .body("items[0].changes[0].after", equalTo("neha"));
    }

    @Test
    void deactivationAndActivationRecordTheStatus() {
        String code = createMinimal("HS");
        given().auth().oauth2(ADMIN).header("If-Match", "\"0\"")
                .when().post("/api/v1/customers/" + code + "/deactivate").then().statusCode(200);
        given().auth().oauth2(ADMIN).header("If-Match", "\"1\"")
                .when().post("/api/v1/customers/" + code + "/activate").then().statusCode(200);

        history(code).body("items.kind", contains("ACTIVATED", "DEACTIVATED", "CREATED"))
                .body("items[1].changes[0].before", equalTo("ACTIVE"))
                .body("items[1].changes[0].after", equalTo("INACTIVE"))
                .body("items[0].changes[0].after", equalTo("ACTIVE"));
    }

    @Test
    void theHistoryStaysReadableAfterTheDeletion() {
        String code = createMinimal("HS");

        given().auth().oauth2(ADMIN).header("If-Match", "\"0\"")
                .when().delete("/api/v1/customers/" + code).then().statusCode(204);

        history(code).statusCode(200)
                .body("items.kind", contains("DELETED", "CREATED"))
                .body("items[0].changedBy", equalTo("anita"))
                .body("items[0].version", equalTo(1))
                .body("items[0].changes[0].field", equalTo("deleted"))
                .body("items[0].changes[0].before", equalTo(false))
                .body("items[0].changes[0].after", equalTo(true));
    }

    @Test
    void theHistoryIsPagedNewestFirst() {
        String code = createMinimal("HS");
        Customers.patch(code, "\"0\"", "{\"website\": \"one.example\"}").then().statusCode(200);
        Customers.patch(code, "\"1\"", "{\"website\": \"two.example\"}").then().statusCode(200);

        given().auth().oauth2(Tokens.withRoles("viewer")).queryParam("page", 1).queryParam("size", 1)
                .when().get("/api/v1/customers/" + code + "/history")
                .then().statusCode(200)
                .body("total", equalTo(3)).body("page", equalTo(1)).body("size", equalTo(1))
                .body("items.version", contains(1))
                .body("items[0].changes[0].after", equalTo("one.example"));
    }

    @Test
    void aBadPageSizeIsRefusedWithTheParameter() {
        String code = createMinimal("HS");

        given().auth().oauth2(ACCOUNTS).queryParam("size", 0)
                .when().get("/api/v1/customers/" + code + "/history")
                .then().statusCode(400).body("violations.field", contains("size"));
    }

    @Test
    void anUnknownCustomerHasNoHistory() {
        history("NO-SUCH-HS").statusCode(404);
    }

    @Test
    void theHistoryNeedsAStaffRole() {
        String code = createMinimal("HS");

        given().auth().oauth2(Tokens.forCustomer(code))
                .when().get("/api/v1/customers/" + code + "/history").then().statusCode(403);
    }

    private static ValidatableResponse history(String code) {
        return given().auth().oauth2(ACCOUNTS).when().get("/api/v1/customers/" + code + "/history").then();
    }
}
