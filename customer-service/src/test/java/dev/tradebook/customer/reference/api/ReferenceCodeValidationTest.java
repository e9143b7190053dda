package dev.tradebook.customer.reference.api;

import static dev.tradebook.customer.reference.api.ReferenceApi.PROBLEM;
import static dev.tradebook.customer.reference.api.ReferenceApi.as;
import static dev.tradebook.customer.reference.api.ReferenceApi.asAdmin;
import static dev.tradebook.customer.reference.api.ReferenceApi.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Every bad value is a 400 problem that names its field. */
@QuarkusTest
class ReferenceCodeValidationTest {

    private static ValidatableResponse define(String type, String body) {
        return asAdmin().body(body).when().post("/api/v1/codes/" + type)
                .then().contentType(PROBLEM);
    }

    private static ValidatableResponse refusedField(ValidatableResponse response, String field) {
        return response.statusCode(400).body("violations.field", contains(field));
    }

    @Test
    void refusesALowerCaseCode() {
        refusedField(define("SR", "{\"code\": \"north\", \"description\": \"North\"}"), "code");
    }

    @Test
    void refusesACodeLongerThanTwenty() {
        refusedField(define("SR", "{\"code\": \"" + "N".repeat(21) + "\", \"description\": \"North\"}"), "code");
    }

    @Test
    void refusesAMissingCode() {
        refusedField(define("SR", "{\"description\": \"North\"}"), "code");
    }

    @Test
    void refusesABlankDescription() {
        refusedField(define("SR", "{\"code\": \"" + unique("B") + "\", \"description\": \"   \"}"), "description");
    }

    @Test
    void refusesADescriptionLongerThanEighty() {
        refusedField(define("SR", "{\"code\": \"" + unique("L") + "\", \"description\": \"" + "d".repeat(81) + "\"}"),
                "description");
    }

    @Test
    void refusesPaymentTermsWithoutNetDays() {
        refusedField(define("PY", "{\"code\": \"" + unique("PY") + "\", \"description\": \"Whenever\"}"), "netDays")
                .body("type", endsWith("/validation"))
                .body("violations[0].message",
                        equalTo("is required for payment terms (PY): the days until an invoice is due"));
    }

    @Test
    void refusesNetDaysOnAnythingButPaymentTerms() {
        refusedField(define("MOD", "{\"code\": \"" + unique("TRUCK") + "\", \"description\": \"Truck\", \"netDays\": 5}"),
                "netDays")
                .body("violations[0].message", equalTo("applies to payment terms (PY) only"));
    }

    @Test
    void refusesNetDaysBeyondAYear() {
        refusedField(define("PY", "{\"code\": \"" + unique("LONG") + "\", \"description\": \"Long\", \"netDays\": 366}"),
                "netDays");
    }

    @Test
    void refusesNegativeNetDays() {
        refusedField(define("PY", "{\"code\": \"" + unique("NEG") + "\", \"description\": \"Neg\", \"netDays\": -1}"),
                "netDays");
    }

    @Test
    void refusesNetDaysThatAreNotANumber() {
        define("PY", "{\"code\": \"" + unique("TXT") + "\", \"description\": \"Text\", \"netDays\": \"thirty\"}")
                .statusCode(400)
                .body("violations[0].field", equalTo("netDays"));
    }

    @Test
    void refusesRemovingTheNetDaysOfPaymentTerms() {
        String code = unique("KEEP");
        asAdmin().body("{\"code\": \"" + code + "\", \"description\": \"Keep\", \"netDays\": 10}")
                .when().post("/api/v1/codes/PY").then().statusCode(201);

        refusedField(asAdmin().header("If-Match", "\"0\"").body("{\"description\": \"Keep\", \"active\": true}")
                .when().put("/api/v1/codes/PY/" + code).then().contentType(PROBLEM), "netDays");
    }

    @Test
    void refusesAChangeWithoutActive() {
        refusedField(asAdmin().header("If-Match", "\"0\"").body("{\"description\": \"Cash on delivery\", \"netDays\": 0}")
                .when().put("/api/v1/codes/PY/COD").then().contentType(PROBLEM), "active");
    }

    @Test
    void refusesAPageSizeAboveFiveHundred() {
        refusedField(as("viewer").queryParam("size", 501).when().get("/api/v1/codes/SR").then().contentType(PROBLEM),
                "size");
    }

    @Test
    void refusesAnActiveFilterThatIsNotABoolean() {
        refusedField(as("viewer").queryParam("active", "yes").when().get("/api/v1/codes/SR").then().contentType(PROBLEM),
                "active");
    }

    @Test
    void refusesAPageThatIsNotANumber() {
        as("viewer").queryParam("page", "first").when().get("/api/v1/codes/SR")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("page"));
    }
}
