package dev.tradebook.customer.reference.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Frontends generate clients from /q/openapi: the reference-data paths carry their summaries and error answers. */
@QuarkusTest
class ReferenceOpenApiTest {

    @Test
    void documentsTheChangeOfACodeWithItsErrorAnswers() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths.'/api/v1/codes/{type}/{code}'.put.summary", equalTo("Change a code"))
                .body("paths.'/api/v1/codes/{type}/{code}'.put.responses", hasKey("412"))
                .body("paths.'/api/v1/codes/{type}/{code}'.put.responses", hasKey("428"))
                .body("paths.'/api/v1/codes/{type}/{code}'.put.responses.'400'.content", hasKey("application/problem+json"));
    }

    @Test
    void documentsEveryReferenceDataPath() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths.'/api/v1/corporates'.post.responses.'409'", notNullValue())
                .body("paths.'/api/v1/cities'.get.summary", equalTo("Search cities"))
                .body("paths.'/api/v1/states'.get", notNullValue())
                .body("paths.'/api/v1/countries'.get", notNullValue())
                .body("paths.'/api/v1/settings'.put.responses.'422'", notNullValue())
                .body("paths.'/api/v1/statutory-captions/{code}'.put", notNullValue())
                .body("paths.'/api/v1/custom-fields/{name}'.put.responses.'422'", notNullValue());
    }
}
