package dev.tradebook.customer.api;

import static dev.tradebook.customer.api.LeadCalls.SALES;
import static dev.tradebook.customer.api.LeadCalls.action;
import static dev.tradebook.customer.api.LeadCalls.createRavi;
import static dev.tradebook.customer.api.LeadCalls.get;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** OPEN → QUALIFIED → LOST through the API; the transitions the lifecycle has not are 422. */
@QuarkusTest
class LeadLifecycleTest {

    @Test
    void anOpenLeadIsQualifiedThenLostWithItsReason() {
        long id = createRavi("leads");

        action("leads", id, "qualify", "\"0\"", null).then().statusCode(200)
                .header("ETag", "\"1\"").body("status", equalTo("QUALIFIED"));
        action("leads", id, "lose", "\"1\"", "{\"reason\": \"Chose a local dealer\"}").then().statusCode(200)
                .body("status", equalTo("LOST")).body("lostReason", equalTo("Chose a local dealer"));

        get("leads", id).then().body("status", equalTo("LOST")).body("version", equalTo(2));
    }

    @Test
    void qualifyingTwiceIsRefused() {
        long id = createRavi("prospects");
        action("prospects", id, "qualify", "\"0\"", null).then().statusCode(200);

        action("prospects", id, "qualify", "\"1\"", null).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/lead-status"));
    }

    @Test
    void aLostLeadCannotBeQualifiedLostAgainOrRevised() {
        long id = createRavi("leads");
        action("leads", id, "lose", "\"0\"", "{\"reason\": \"No budget\"}").then().statusCode(200);

        action("leads", id, "qualify", "\"1\"", null).then().statusCode(422);
        action("leads", id, "lose", "\"1\"", "{\"reason\": \"Again\"}").then().statusCode(422);
        given().auth().oauth2(SALES).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"name\": \"Ravi\"}").when().put("/api/v1/leads/" + id).then().statusCode(422);
        get("leads", id).then().body("lostReason", equalTo("No budget")).body("version", equalTo(1));
    }

    @Test
    void losingNeedsAReason() {
        long id = createRavi("leads");

        action("leads", id, "lose", "\"0\"", "{\"reason\": \"\"}").then().statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        action("leads", id, "lose", "\"0\"", "{\"reason\": \"" + "r".repeat(256) + "\"}").then().statusCode(400)
                .body("violations[0].field", equalTo("reason"));
    }

    @Test
    void aTransitionOfAnUnknownLeadIsNotFound() {
        action("leads", 999_999_999L, "qualify", "\"0\"", null).then().statusCode(404);
    }
}
