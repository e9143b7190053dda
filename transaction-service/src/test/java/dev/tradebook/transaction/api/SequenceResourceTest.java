package dev.tradebook.transaction.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.testing.Tokens;
import dev.tradebook.transaction.support.Orders;
import dev.tradebook.transaction.support.TestCustomers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class SequenceResourceTest {

    private static final String ADMIN = Tokens.withRoles("sales-admin");

    @Inject
    TestCustomers customers;

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

    @Test
    void theETagIsTheVersionToSendBack() {
        String etag = etag("CASH_SALE");
        long next = given().auth().oauth2(ADMIN).when().get("/api/v1/sequences/CASH_SALE")
                .then().extract().<Integer>path("nextNumber").longValue();

        String revised = revise("CASH_SALE", etag, "CS", next).statusCode(200).extract().header("ETag");

        assertThat(revised).isNotEqualTo(etag).isEqualTo(etag("CASH_SALE"));
        revise("CASH_SALE", etag, "CS", next).statusCode(412).contentType("application/problem+json")
                .body("type", endsWith("/precondition-failed"));
    }

    @Test
    void aChangeWithoutIfMatchIsPreconditionRequired() {
        revise("CASH_SALE", null, "CS", 999_999).statusCode(428).contentType("application/problem+json")
                .body("type", endsWith("/precondition-required"));
        given().auth().oauth2(ADMIN).when().get("/api/v1/sequences/CASH_SALE")
                .then().body("nextNumber", not(equalTo(999_999)));
    }

    @Test
    void documentsTakingNumbersLeaveTheETagAlone() {
        String etag = etag("SALES_ORDER");
        Orders.placed(customers.create("SEQ", "EUR", "0", "STOP"), "1", "1");

        assertThat(etag("SALES_ORDER")).isEqualTo(etag);
    }

    private static String etag(String type) {
        return given().auth().oauth2(ADMIN).when().get("/api/v1/sequences/{type}", type)
                .then().statusCode(200).extract().header("ETag");
    }

    private static ValidatableResponse revise(String type, String prefix, long nextNumber) {
        return revise(type, etag(type), prefix, nextNumber);
    }

    private static ValidatableResponse revise(String type, String ifMatch, String prefix, long nextNumber) {
        RequestSpecification request = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("prefix", prefix, "nextNumber", nextNumber));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().put("/api/v1/sequences/{type}", type).then();
    }
}
