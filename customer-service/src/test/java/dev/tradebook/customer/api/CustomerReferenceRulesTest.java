package dev.tradebook.customer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** A customer names reference data; what it names must exist, be active and fit together. */
@QuarkusTest
class CustomerReferenceRulesTest {

    @Test
    void derivesStateAndCountryFromTheCity() {
        String code = Customers.uniqueCode("REF");
        create(code, "\"address\": {\"city\": \"PUNE\"}")
                .statusCode(201)
                .body("address.state", equalTo("IN-MH"))
                .body("address.country", equalTo("IN"));
    }

    @Test
    void refusesACityThatIsNotInTheMaster() {
        create(Customers.uniqueCode("REF"), "\"address\": {\"city\": \"ATLANTIS\"}")
                .statusCode(422).body("violations.field", hasItem("address.city"));
    }

    @Test
    void refusesASalesRegionThatIsNoCode() {
        create(Customers.uniqueCode("REF"), "\"salesRegion\": \"NOWHERE\"")
                .statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("/customer-references"))
                .body("violations.field", hasItem("salesRegion"));
    }

    @Test
    void namesEveryUnknownCodeAtOnce() {
        create(Customers.uniqueCode("REF"), """
                "ownershipDetail": "NO-OD", "paymentTerms": "NET999", "modeOfDispatch": "TELEPORT", "shipmentTerms": "XYZ",
                "corporate": "NO-CORP", "bank": {"accountType": "GOLD"}""")
                .statusCode(422)
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("ownershipDetail", "paymentTerms",
                        "modeOfDispatch", "shipmentTerms", "corporate", "bank.accountType"));
    }

    @Test
    void refusesAGstinOfAnotherState() {
        create(Customers.uniqueCode("REF"), "\"address\": {\"city\": \"PUNE\"}, \"gst\": {\"number\": \"23AABCE9378F1ZK\"}")
                .statusCode(422)
                .body("violations[0].field", equalTo("gst.number"))
                .body("violations[0].message", containsString("27"));
    }

    @Test
    void acceptsAGstinOfTheCitysState() {
        create(Customers.uniqueCode("REF"), "\"address\": {\"city\": \"PUNE\"}, \"gst\": {\"number\": \"27AAPFU0939F1ZV\"}")
                .statusCode(201).body("gst.number", equalTo("27AAPFU0939F1ZV"));
    }

    @Test
    void refusesAStatutoryNumberUnderAnUnknownCaption() {
        create(Customers.uniqueCode("REF"), "\"statutoryNumbers\": {\"SHOE-SIZE\": \"44\"}")
                .statusCode(422).body("violations.field", hasItem("statutoryNumbers.SHOE-SIZE"));
    }

    @Test
    void refusesACustomFieldWithoutDefinition() {
        create(Customers.uniqueCode("REF"), "\"customFields\": {\"undefinedField\": \"x\"}")
                .statusCode(422).body("violations.field", hasItem("customFields.undefinedField"));
    }

    @Test
    void refusesAMissingMandatoryStatutoryNumber() {
        String caption = "MAND-" + Customers.uniqueCode("C").substring(0, 8);
        String admin = Tokens.withRoles("sales-admin");
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body("{\"code\": \"" + caption + "\", \"label\": \"Mandatory test number\", \"mandatory\": true}")
                .when().post("/api/v1/statutory-captions").then().statusCode(201);
        try {
            create(Customers.uniqueCode("REF"), "\"email\": \"x@example.com\"")
                    .statusCode(422).body("violations.field", hasItem("statutoryNumbers." + caption));
            create(Customers.uniqueCode("REF"), "\"statutoryNumbers\": {\"" + caption + "\": \"N-1\"}").statusCode(201);
        } finally {
            given().auth().oauth2(admin).header("If-Match", "*").contentType(ContentType.JSON)
                    .body("{\"label\": \"Mandatory test number\", \"mandatory\": false, \"active\": false}")
                    .when().put("/api/v1/statutory-captions/" + caption).then().statusCode(200);
        }
    }

    private static ValidatableResponse create(String code, String extraFields) {
        return given().auth().oauth2(Tokens.withRoles("sales")).contentType(ContentType.JSON)
                .body("{\"code\": \"" + code + "\", \"name\": \"Reference " + code + "\", \"type\": \"DEALER\","
                        + " \"debtorAccountGroups\": [\"DOM\"], " + extraFields + "}")
                .when().post("/api/v1/customers")
                .then();
    }
}
