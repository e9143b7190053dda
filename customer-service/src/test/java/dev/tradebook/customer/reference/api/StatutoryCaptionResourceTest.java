package dev.tradebook.customer.reference.api;

import static dev.tradebook.customer.reference.api.ReferenceApi.PROBLEM;
import static dev.tradebook.customer.reference.api.ReferenceApi.as;
import static dev.tradebook.customer.reference.api.ReferenceApi.asAdmin;
import static dev.tradebook.customer.reference.api.ReferenceApi.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class StatutoryCaptionResourceTest {

    private static Response define(String body) {
        return asAdmin().body(body).when().post("/api/v1/statutory-captions");
    }

    private static String caption(String label) {
        String code = unique("CAP");
        define("{\"code\": \"" + code + "\", \"label\": \"" + label + "\"}").then().statusCode(201);
        return code;
    }

    @Test
    void seedsPanTanCinAndUdyam() {
        as("viewer").queryParam("size", 500).when().get("/api/v1/statutory-captions")
                .then().statusCode(200)
                .body("items.code", hasItems("CIN", "PAN", "TAN", "UDYAM"))
                .body("items.find { it.code == 'PAN' }.label", equalTo("PAN (Permanent Account Number)"))
                .body("items.find { it.code == 'PAN' }.mandatory", equalTo(false))
                .body("items.find { it.code == 'UDYAM' }.label", equalTo("MSME (Udyam) registration number"));
    }

    @Test
    void definesACaptionThatIsOptionalByDefault() {
        String code = unique("IEC");

        define("{\"code\": \"" + code + "\", \"label\": \"Importer-Exporter Code\"}")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/statutory-captions/" + code))
                .header("ETag", "\"0\"")
                .body("label", equalTo("Importer-Exporter Code"))
                .body("mandatory", equalTo(false))
                .body("active", equalTo(true));
    }

    @Test
    void readsACaption() {
        as("sales").when().get("/api/v1/statutory-captions/TAN")
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("label", equalTo("TAN (Tax Deduction Account Number)"));
    }

    @Test
    void makesACaptionMandatory() {
        String code = caption("Drug licence");

        asAdmin().header("If-Match", "\"0\"")
                .body("{\"label\": \"Drug licence number\", \"mandatory\": true, \"active\": true}")
                .when().put("/api/v1/statutory-captions/" + code)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("label", equalTo("Drug licence number"))
                .body("mandatory", equalTo(true));

        // An active mandatory caption would make every customer other tests create invalid.
        asAdmin().header("If-Match", "\"1\"")
                .body("{\"label\": \"Drug licence number\", \"mandatory\": true, \"active\": false}")
                .when().put("/api/v1/statutory-captions/" + code)
                .then().statusCode(200);
    }

    @Test
    void refusesADuplicateCode() {
        define("{\"code\": \"PAN\", \"label\": \"PAN again\"}")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", endsWith("/statutory-caption-taken"));
    }

    @Test
    void answersAnUnknownCaptionWithNotFound() {
        as("viewer").when().get("/api/v1/statutory-captions/NOPE")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void refusesAStaleIfMatch() {
        String code = caption("Contested");
        asAdmin().header("If-Match", "\"0\"").body("{\"label\": \"First\", \"mandatory\": false, \"active\": true}")
                .when().put("/api/v1/statutory-captions/" + code).then().statusCode(200);

        asAdmin().header("If-Match", "\"0\"").body("{\"label\": \"Second\", \"mandatory\": false, \"active\": true}")
                .when().put("/api/v1/statutory-captions/" + code)
                .then().statusCode(412).contentType(PROBLEM);
    }

    @Test
    void refusesALabelLongerThanForty() {
        define("{\"code\": \"" + unique("L") + "\", \"label\": \"" + "l".repeat(41) + "\"}")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("label"));
    }

    @Test
    void refusesAChangeWithoutMandatory() {
        String code = caption("Incomplete");

        asAdmin().header("If-Match", "\"0\"").body("{\"label\": \"Incomplete\", \"active\": true}")
                .when().put("/api/v1/statutory-captions/" + code)
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("mandatory"));
    }

    @Test
    void salesMayNotDefine() {
        as("sales").body("{\"code\": \"" + unique("S") + "\", \"label\": \"Sales made it\"}")
                .when().post("/api/v1/statutory-captions")
                .then().statusCode(403).contentType(PROBLEM);
    }
}
