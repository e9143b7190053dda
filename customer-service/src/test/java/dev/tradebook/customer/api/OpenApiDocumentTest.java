package dev.tradebook.customer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Frontends build on the OpenAPI document: its errors are documented as problem+json everywhere. */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void everyOperationDocumentsItsProblemAnswers() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("components.schemas.Problem.required", hasItems("type", "title", "status"))
                .body("paths.'/api/v1/customers'.post.responses.'401'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body("paths.'/api/v1/customers'.post.responses.'422'", notNullValue())
                .body("paths.'/api/v1/corporates/{code}'.put.responses.'412'", notNullValue())
                .body("paths.'/api/v1/corporates/{code}'.put.responses.'428'", notNullValue())
                .body("paths.'/api/v1/corporates'.post.responses.'409'.description", equalTo("the code is taken"));
    }

    @Test
    void amountsAreDocumentedAsStrings() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("components.schemas.Amount.type", equalTo("string"));
    }
}
