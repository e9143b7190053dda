package dev.tradebook.customer.api;

import static dev.tradebook.customer.api.Customers.createMinimal;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Manual hold on and off over HTTP. */
@QuarkusTest
class CustomerHoldTest {

    private static final String ACCOUNTS = Tokens.forUser("ravi", "accounts");

    @Test
    void aNewCustomerIsNotOnHold() {
        String code = createMinimal("HL");

        Customers.get(code).then().body("onHold", equalTo(false)).body("holdReasons", empty())
                .body("manualHoldReason", nullValue());
    }

    @Test
    void holdPutsTheCustomerOnManualHold() {
        String code = createMinimal("HL");

        hold(ACCOUNTS, code, "\"0\"", "{\"reason\": \" Cheque bounced \"}")
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("onHold", equalTo(true))
                .body("holdReasons", contains("MANUAL"))
                .body("manualHoldReason", equalTo("Cheque bounced"))
                .body("manualHoldBy", equalTo("ravi"))
                .body("manualHoldAt", notNullValue());
    }

    @Test
    void holdingTwiceReplacesTheReason() {
        String code = createMinimal("HL");
        hold(ACCOUNTS, code, "\"0\"", "{\"reason\": \"Cheque bounced\"}").then().statusCode(200);

        hold(Tokens.forUser("meera", "accounts"), code, "\"1\"", "{\"reason\": \"Disputed invoice\"}")
                .then().statusCode(200)
                .body("holdReasons", contains("MANUAL"))
                .body("manualHoldReason", equalTo("Disputed invoice"));
    }

    @Test
    void releaseTakesTheCustomerOffHold() {
        String code = createMinimal("HL");
        hold(ACCOUNTS, code, "\"0\"", "{\"reason\": \"Cheque bounced\"}").then().statusCode(200);

        release(ACCOUNTS, code, "\"1\"")
                .then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("onHold", equalTo(false))
                .body("holdReasons", empty())
                .body("manualHoldReason", nullValue())
                .body("manualHoldBy", nullValue());
    }

    @Test
    void releasingWithoutAHoldIsAConflict() {
        String code = createMinimal("HL");

        release(ACCOUNTS, code, "\"0\"").then().statusCode(409).body("type", endsWith("/customer-not-on-hold"));
    }

    @Test
    void aMissingReasonIsRefused() {
        String code = createMinimal("HL");

        hold(ACCOUNTS, code, "\"0\"", "{}").then().statusCode(400).body("violations.field", contains("reason"));
    }

    @Test
    void aBlankReasonIsRefused() {
        String code = createMinimal("HL");

        hold(ACCOUNTS, code, "\"0\"", "{\"reason\": \"  \"}")
                .then().statusCode(400).body("violations.field", contains("reason"));
    }

    @Test
    void aReasonLongerThan200IsRefused() {
        String code = createMinimal("HL");

        hold(ACCOUNTS, code, "\"0\"", "{\"reason\": \"" + "x".repeat(201) + "\"}")
                .then().statusCode(400).body("violations.field", contains("reason"));
    }

    @Test
    void withoutIfMatchTheHoldIsRefusedWith428() {
        String code = createMinimal("HL");

        hold(ACCOUNTS, code, null, "{\"reason\": \"Cheque bounced\"}").then().statusCode(428);
    }

    @Test
    void aStaleVersionIsRefusedWith412() {
        String code = createMinimal("HL");

        hold(ACCOUNTS, code, "\"5\"", "{\"reason\": \"Cheque bounced\"}").then().statusCode(412);
    }

    @Test
    void salesMayNotHold() {
        String code = createMinimal("HL");

        hold(Customers.SALES, code, "\"0\"", "{\"reason\": \"Cheque bounced\"}").then().statusCode(403);
    }

    @Test
    void anUnknownCustomerIsNotFound() {
        hold(ACCOUNTS, "NO-SUCH-HL", "\"0\"", "{\"reason\": \"Cheque bounced\"}").then().statusCode(404);
    }

    private static Response hold(String token, String code, String ifMatch, String body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().put("/api/v1/customers/" + code + "/hold");
    }

    private static Response release(String token, String code, String ifMatch) {
        return given().auth().oauth2(token).header("If-Match", ifMatch)
                .when().delete("/api/v1/customers/" + code + "/hold");
    }
}
