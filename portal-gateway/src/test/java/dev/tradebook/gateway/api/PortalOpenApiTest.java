package dev.tradebook.gateway.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The gateway's OpenAPI document describes the portal for frontend developers, refusals included. */
@QuarkusTest
class PortalOpenApiTest {

    @Test
    void documentsEveryPortalPath() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", hasKey("/portal/v1/me"))
                .body("paths", hasKey("/portal/v1/me/contacts/{id}"))
                .body("paths", hasKey("/portal/v1/invoices"))
                .body("paths", hasKey("/portal/v1/invoices/{number}"))
                .body("paths", hasKey("/portal/v1/invoices/{number}/payments"))
                .body("paths", hasKey("/portal/v1/quotes"))
                .body("paths", hasKey("/portal/v1/quotes/{number}/accept"))
                .body("paths", hasKey("/portal/v1/orders"))
                .body("paths", hasKey("/portal/v1/statement"))
                .body("paths", hasKey("/portal/v1/account"));
    }

    @Test
    void documentsTheRefusalsOfPlacingAnOrder() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/portal/v1/orders'.post.responses", hasKey("422"))
                .body("paths.'/portal/v1/orders'.post.responses", hasKey("400"))
                .body("paths.'/portal/v1/orders'.post.description", notNullValue());
    }
}
