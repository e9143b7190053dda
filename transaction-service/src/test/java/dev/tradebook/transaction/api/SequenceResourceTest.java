package dev.tradebook.transaction.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class SequenceResourceTest {

    private static final String ADMIN = Tokens.withRoles("sales-admin");

    @Test
    void everyDocumentTypeHasAPrefixAndANextNumber() {
        given().auth().oauth2(Tokens.withRoles("viewer")).when().get("/api/v1/sequences/CREDIT_NOTE")
                .then().statusCode(200)
                .body("documentType", equalTo("CREDIT_NOTE"))
                .body("prefix", equalTo("CN"));
    }

    @Test
    void adminChangesThePrefixAndSkipsAhead() {
        long next = given().auth().oauth2(ADMIN).when().get("/api/v1/sequences/OPPORTUNITY")
                .then().statusCode(200).extract().<Integer>path("nextNumber").longValue();

        revise("OPPORTUNITY", "OPP", next + 500)
                .statusCode(200)
                .body("prefix", equalTo("OPP"))
                .body("nextNumber", equalTo((int) (next + 500)))
                .body("nextReference", equalTo(String.format("OPP%06d", next + 500)));
    }

    @Test
    void nextNumberBelowOneThatMayBeUsedIsRefused() {
        long next = given().auth().oauth2(ADMIN).when().get("/api/v1/sequences/RMA")
                .then().extract().<Integer>path("nextNumber").longValue();
        revise("RMA", "RMA", next + 10).statusCode(200);

        revise("RMA", "RMA", next + 9)
                .statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("/sequence-number-used"))
                .body("violations[0].field", equalTo("nextNumber"));
    }

    @Test
    void badPrefixIsRefusedWithItsField() {
        revise("QUOTE", "q t", 1).statusCode(400).body("violations[0].field", equalTo("prefix"));
    }

    @Test
    void unknownDocumentTypeIsNotFound() {
        given().auth().oauth2(ADMIN).when().get("/api/v1/sequences/DELIVERY_NOTE")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void onlySalesAdminChangesSequences() {
        given().auth().oauth2(Tokens.withRoles("sales")).contentType(ContentType.JSON)
                .body(Map.of("prefix", "X", "nextNumber", 999_999))
                .when().put("/api/v1/sequences/QUOTE")
                .then().statusCode(403);
    }

    private static ValidatableResponse revise(String type, String prefix, long nextNumber) {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("prefix", prefix, "nextNumber", nextNumber))
                .when().put("/api/v1/sequences/{type}", type).then();
    }
}
