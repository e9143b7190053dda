package dev.tradebook.customer.api;

import static dev.tradebook.customer.api.Customers.SALES;
import static dev.tradebook.customer.api.Customers.createMinimal;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Taking over or transferring a customer over HTTP. */
@QuarkusTest
class CustomerOwnerTest {

    @Test
    void theRegistrarOwnsANewCustomer() {
        String code = createMinimal("OW");

        Customers.get(code).then().body("owner", equalTo("priya"));
    }

    @Test
    void transferGivesTheCustomerTheNewOwnerAtTheNextVersion() {
        String code = createMinimal("OW");

        put(SALES, code, "\"0\"", "{\"owner\": \"  neha  \"}")
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("owner", equalTo("neha"))
                .body("version", equalTo(1));
    }

    @Test
    void transferToTheCurrentOwnerKeepsTheVersion() {
        String code = createMinimal("OW");

        put(SALES, code, "\"0\"", "{\"owner\": \"priya\"}").then().statusCode(200).header("ETag", "\"0\"");
    }

    @Test
    void aBlankOwnerIsRefused() {
        String code = createMinimal("OW");

        put(SALES, code, "\"0\"", "{\"owner\": \" \"}")
                .then().statusCode(400).body("violations.field", contains("owner"));
    }

    @Test
    void aMissingOwnerIsRefused() {
        String code = createMinimal("OW");

        put(SALES, code, "\"0\"", "{}").then().statusCode(400).body("violations.field", contains("owner"));
    }

    @Test
    void anOwnerLongerThan100IsRefused() {
        String code = createMinimal("OW");

        put(SALES, code, "\"0\"", "{\"owner\": \"" + "x".repeat(101) + "\"}")
                .then().statusCode(400).body("violations.field", contains("owner"));
    }

    @Test
    void withoutIfMatchTheTransferIsRefusedWith428() {
        String code = createMinimal("OW");

        put(SALES, code, null, "{\"owner\": \"neha\"}").then().statusCode(428);
    }

    @Test
    void aStaleVersionIsRefusedWith412() {
        String code = createMinimal("OW");

        put(SALES, code, "\"3\"", "{\"owner\": \"neha\"}").then().statusCode(412);
    }

    @Test
    void accountsMayNotTransfer() {
        String code = createMinimal("OW");

        put(Tokens.withRoles("accounts"), code, "\"0\"", "{\"owner\": \"neha\"}").then().statusCode(403);
    }

    @Test
    void anUnknownCustomerIsNotFound() {
        put(SALES, "NO-SUCH-OW", "\"0\"", "{\"owner\": \"neha\"}").then().statusCode(404);
    }

    private static Response put(String token, String code, String ifMatch, String body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().put("/api/v1/customers/" + code + "/owner");
    }
}
