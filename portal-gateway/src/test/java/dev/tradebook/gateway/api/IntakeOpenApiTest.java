package dev.tradebook.gateway.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The gateway's OpenAPI document tells an integrator how to push orders and what comes back. */
@QuarkusTest
class IntakeOpenApiTest {

    private static final String PUSH = "paths.'/integrations/v1/orders'.post";

    @Test
    void documentsTheBatchWithAnExampleAndTheResults() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body(PUSH + ".description", containsString("DUPLICATE"))
                .body(PUSH + ".requestBody.content.'application/json'.examples", hasKey("batch"))
                .body(PUSH + ".responses.'200'.content.'application/json'.examples", hasKey("results"));
    }

    @Test
    void documentsTheRefusalsOfTheWholeBatch() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body(PUSH + ".responses", hasKey("400"))
                .body(PUSH + ".responses", hasKey("401"))
                .body(PUSH + ".responses", hasKey("403"))
                .body(PUSH + ".responses.'400'.description", containsString("externalOrderId"));
    }
}
