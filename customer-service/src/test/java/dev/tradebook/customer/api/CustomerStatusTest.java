package dev.tradebook.customer.api;

import static dev.tradebook.customer.api.Customers.SALES;
import static dev.tradebook.customer.api.Customers.createMinimal;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Deactivating and activating a customer over HTTP: versions, conflicts and roles. */
@QuarkusTest
class CustomerStatusTest {

    @Test
    void deactivateMakesTheCustomerInactiveAtTheNextVersion() {
        String code = createMinimal("ST");

        post(SALES, code, "deactivate", "\"0\"")
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("INACTIVE"))
                .body("version", equalTo(1));

        Customers.get(code).then().statusCode(200).body("status", equalTo("INACTIVE"));
    }

    @Test
    void activateMakesAnInactiveCustomerActiveAgain() {
        String code = createMinimal("ST");
        post(SALES, code, "deactivate", "\"0\"").then().statusCode(200);

        post(Tokens.withRoles("sales-admin"), code, "activate", "\"1\"")
                .then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("status", equalTo("ACTIVE"));
    }

    @Test
    void deactivatingAnInactiveCustomerIsAConflict() {
        String code = createMinimal("ST");
        post(SALES, code, "deactivate", "\"0\"").then().statusCode(200);

        post(SALES, code, "deactivate", "\"1\"")
                .then().statusCode(409)
                .body("type", endsWith("/customer-already-inactive"));
    }

    @Test
    void activatingAnActiveCustomerIsAConflict() {
        String code = createMinimal("ST");

        post(SALES, code, "activate", "\"0\"")
                .then().statusCode(409)
                .body("type", endsWith("/customer-already-active"));
    }

    @Test
    void withoutIfMatchTheChangeIsRefusedWith428() {
        String code = createMinimal("ST");

        post(SALES, code, "deactivate", null).then().statusCode(428);
    }

    @Test
    void aStaleVersionIsRefusedWith412() {
        String code = createMinimal("ST");

        post(SALES, code, "deactivate", "\"7\"").then().statusCode(412);
        Customers.get(code).then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void accountsMayNotDeactivate() {
        String code = createMinimal("ST");

        post(Tokens.withRoles("accounts"), code, "deactivate", "\"0\"").then().statusCode(403);
    }

    @Test
    void anUnknownCustomerIsNotFound() {
        post(SALES, "NO-SUCH-ST", "deactivate", "\"0\"").then().statusCode(404);
    }

    private static Response post(String token, String code, String action, String ifMatch) {
        var request = given().auth().oauth2(token);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().post("/api/v1/customers/" + code + "/" + action);
    }
}
