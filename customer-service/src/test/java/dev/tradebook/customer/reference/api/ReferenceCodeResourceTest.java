package dev.tradebook.customer.reference.api;

import static dev.tradebook.customer.reference.api.ReferenceApi.PROBLEM;
import static dev.tradebook.customer.reference.api.ReferenceApi.as;
import static dev.tradebook.customer.reference.api.ReferenceApi.asAdmin;
import static dev.tradebook.customer.reference.api.ReferenceApi.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class ReferenceCodeResourceTest {

    private static Response define(String type, String body) {
        return asAdmin().body(body).when().post("/api/v1/codes/" + type);
    }

    private static String salesRegion(String code, String description) {
        define("SR", "{\"code\": \"" + code + "\", \"description\": \"" + description + "\"}").then().statusCode(201);
        return code;
    }

    @Test
    void definesAPaymentTermWithItsNetDays() {
        String code = unique("NET");
        define("PY", "{\"code\": \"" + code + "\", \"description\": \" 21 days net \", \"netDays\": 21}")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/codes/PY/" + code))
                .header("ETag", "\"0\"")
                .body("type", equalTo("PY"))
                .body("code", equalTo(code))
                .body("description", equalTo("21 days net"))
                .body("active", equalTo(true))
                .body("netDays", equalTo(21))
                .body("version", equalTo(0));
    }

    @Test
    void readsACodeWithItsVersionAsETag() {
        String code = salesRegion(unique("WEST"), "Western region");

        as("viewer").when().get("/api/v1/codes/SR/" + code)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("code", equalTo(code))
                .body("description", equalTo("Western region"))
                .body("netDays", nullValue());
    }

    @Test
    void listsOneTypeSortedByCodeAndPaged() {
        String prefix = unique("BT");
        for (String suffix : new String[] {"C", "A", "B"}) {
            define("BT", "{\"code\": \"" + prefix + suffix + "\", \"description\": \"Business " + suffix + "\"}")
                    .then().statusCode(201);
        }

        as("accounts").queryParam("size", 500).when().get("/api/v1/codes/BT")
                .then().statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(500))
                .body("items.type", everyItem(equalTo("BT")))
                .body("items.code.findAll { it.startsWith('" + prefix + "') }",
                        contains(prefix + "A", prefix + "B", prefix + "C"));
        String second = as("accounts").queryParam("size", 2).when().get("/api/v1/codes/PY")
                .then().statusCode(200).extract().path("items[1].code");
        as("accounts").queryParam("page", 1).queryParam("size", 1).when().get("/api/v1/codes/PY")
                .then().statusCode(200)
                .body("page", equalTo(1))
                .body("size", equalTo(1))
                .body("items.code", contains(second));
    }

    @Test
    void listsOnlyActiveOrOnlyInactiveCodesOnRequest() {
        String active = salesRegion(unique("ON"), "Still served");
        String inactive = unique("OFF");
        define("SR", "{\"code\": \"" + inactive + "\", \"description\": \"No longer served\", \"active\": false}")
                .then().statusCode(201).body("active", equalTo(false));

        as("sales").queryParam("active", true).queryParam("size", 500).when().get("/api/v1/codes/SR")
                .then().statusCode(200)
                .body("items.code", hasItem(active))
                .body("items.code", not(hasItem(inactive)));
        as("sales").queryParam("active", false).queryParam("size", 500).when().get("/api/v1/codes/SR")
                .then().statusCode(200)
                .body("items.code", hasItem(inactive))
                .body("items.active", everyItem(equalTo(false)));
    }

    @Test
    void changesDescriptionAndDeactivatesWithTheCurrentVersion() {
        String code = salesRegion(unique("EAST"), "Eastern region");

        asAdmin().header("If-Match", "\"0\"")
                .body("{\"description\": \"East and north-east\", \"active\": false}")
                .when().put("/api/v1/codes/SR/" + code)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("description", equalTo("East and north-east"))
                .body("active", equalTo(false))
                .body("version", equalTo(1));
        as("viewer").when().get("/api/v1/codes/SR/" + code)
                .then().statusCode(200).header("ETag", "\"1\"").body("active", equalTo(false));
    }

    @Test
    void changesTheNetDaysOfPaymentTerms() {
        String code = unique("PAY");
        define("PY", "{\"code\": \"" + code + "\", \"description\": \"Monthly\", \"netDays\": 30}").then().statusCode(201);

        asAdmin().header("If-Match", "\"0\"")
                .body("{\"description\": \"Monthly\", \"active\": true, \"netDays\": 31}")
                .when().put("/api/v1/codes/PY/" + code)
                .then().statusCode(200).body("netDays", equalTo(31));
    }

    @Test
    void refusesADuplicateCodeOfTheSameType() {
        String code = salesRegion(unique("DUP"), "First");

        define("SR", "{\"code\": \"" + code + "\", \"description\": \"Second\"}")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", endsWith("/reference-code-taken"));
    }

    @Test
    void allowsTheSameCodeInAnotherType() {
        String code = salesRegion(unique("BOTH"), "A region");

        define("BT", "{\"code\": \"" + code + "\", \"description\": \"A business\"}").then().statusCode(201);
    }

    @Test
    void refusesAStaleIfMatchWithPreconditionFailed() {
        String code = salesRegion(unique("STALE"), "Before");
        asAdmin().header("If-Match", "\"0\"").body("{\"description\": \"First change\", \"active\": true}")
                .when().put("/api/v1/codes/SR/" + code).then().statusCode(200);

        asAdmin().header("If-Match", "\"0\"").body("{\"description\": \"Lost update\", \"active\": true}")
                .when().put("/api/v1/codes/SR/" + code)
                .then().statusCode(412).contentType(PROBLEM)
                .body("type", endsWith("/precondition-failed"))
                .body("currentVersion", equalTo(1));
        as("viewer").when().get("/api/v1/codes/SR/" + code).then().body("description", equalTo("First change"));
    }

    @Test
    void requiresIfMatchToChange() {
        String code = salesRegion(unique("BLIND"), "Before");

        asAdmin().body("{\"description\": \"Blind overwrite\", \"active\": true}")
                .when().put("/api/v1/codes/SR/" + code)
                .then().statusCode(428).contentType(PROBLEM)
                .body("type", endsWith("/precondition-required"));
    }

    @Test
    void acceptsIfMatchStarAsAnyVersion() {
        String code = salesRegion(unique("STAR"), "Before");

        asAdmin().header("If-Match", "*").body("{\"description\": \"After\", \"active\": true}")
                .when().put("/api/v1/codes/SR/" + code)
                .then().statusCode(200).body("description", equalTo("After"));
    }

    @Test
    void answersAnUnknownTypeWithNotFound() {
        as("viewer").when().get("/api/v1/codes/XX")
                .then().statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("Code type XX does not exist"));
        define("XX", "{\"code\": \"A\", \"description\": \"Nothing\"}").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void answersAnUnknownCodeWithNotFound() {
        as("viewer").when().get("/api/v1/codes/SR/NO-SUCH-REGION")
                .then().statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("Code SR NO-SUCH-REGION does not exist"));
        asAdmin().header("If-Match", "\"0\"").body("{\"description\": \"x\", \"active\": true}")
                .when().put("/api/v1/codes/SR/NO-SUCH-REGION")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void listsTheCodeTypes() {
        as("viewer").when().get("/api/v1/codes")
                .then().statusCode(200)
                .body("type", contains("OD", "BT", "SR", "PY", "MOD", "ST", "AT", "DAG", "SM", "CL"))
                .body("find { it.type == 'PY' }.hasNetDays", equalTo(true))
                .body("find { it.type == 'AT' }.description", equalTo("Bank account type"));
    }

    @Test
    void salesMayReadButNotWrite() {
        as("sales").body("{\"code\": \"" + unique("NOPE") + "\", \"description\": \"Not mine to add\"}")
                .when().post("/api/v1/codes/SR")
                .then().statusCode(403).contentType(PROBLEM);
        as("sales").header("If-Match", "\"0\"").body("{\"description\": \"x\", \"active\": false}")
                .when().put("/api/v1/codes/PY/NET30")
                .then().statusCode(403).contentType(PROBLEM);
        as("sales").when().get("/api/v1/codes/PY/NET30").then().statusCode(200).body("netDays", equalTo(30));
    }

    @Test
    void needsATokenToRead() {
        given().when().get("/api/v1/codes/SR").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void refusesReadOnlyAndUnknownFields() {
        define("SR", "{\"code\": \"" + unique("RO") + "\", \"description\": \"x\", \"version\": 3}")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("version"));
        String code = salesRegion(unique("PUTRO"), "x");
        asAdmin().header("If-Match", "\"0\"").body("{\"code\": \"OTHER\", \"description\": \"x\", \"active\": true}")
                .when().put("/api/v1/codes/SR/" + code)
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", endsWith("/unknown-field"))
                .body("violations[0].field", equalTo("code"));
    }

    @Test
    void replaysACreationRetriedWithTheSameIdempotencyKey() {
        String code = unique("IDEM");
        String body = "{\"code\": \"" + code + "\", \"description\": \"Once\"}";
        String key = unique("key");

        asAdmin().header("Idempotency-Key", key).body(body).when().post("/api/v1/codes/SR").then().statusCode(201);
        asAdmin().header("Idempotency-Key", key).body(body).contentType(ContentType.JSON)
                .when().post("/api/v1/codes/SR")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("code", equalTo(code));
    }
}
