package dev.tradebook.customer.reference.api;

import static dev.tradebook.customer.reference.api.ReferenceApi.PROBLEM;
import static dev.tradebook.customer.reference.api.ReferenceApi.as;
import static dev.tradebook.customer.reference.api.ReferenceApi.asAdmin;
import static dev.tradebook.customer.reference.api.ReferenceApi.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class CorporateResourceTest {

    private static Response register(String body) {
        return asAdmin().body(body).when().post("/api/v1/corporates");
    }

    private static String corporate(String name) {
        String code = unique("GRP");
        register("{\"code\": \"" + code + "\", \"name\": \"" + name + "\"}").then().statusCode(201);
        return code;
    }

    @Test
    void registersACorporate() {
        String code = unique("TATA");

        register("{\"code\": \"" + code + "\", \"name\": \"Tata group\"}")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/corporates/" + code))
                .header("ETag", "\"0\"")
                .body("code", equalTo(code))
                .body("name", equalTo("Tata group"))
                .body("active", equalTo(true))
                .body("version", equalTo(0));
    }

    @Test
    void readsACorporate() {
        String code = corporate("Birla group");

        as("accounts").when().get("/api/v1/corporates/" + code)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("name", equalTo("Birla group"));
    }

    @Test
    void listsCorporatesByCodeWithTheActiveFilter() {
        String active = corporate("Active group");
        String inactive = unique("GRP");
        register("{\"code\": \"" + inactive + "\", \"name\": \"Dormant group\", \"active\": false}").then().statusCode(201);

        as("viewer").queryParam("size", 500).when().get("/api/v1/corporates")
                .then().statusCode(200)
                .body("items.code", hasItem(active))
                .body("items.code", hasItem(inactive));
        as("viewer").queryParam("active", true).queryParam("size", 500).when().get("/api/v1/corporates")
                .then().statusCode(200)
                .body("items.code", hasItem(active))
                .body("items.code", not(hasItem(inactive)));
    }

    @Test
    void renamesAndDeactivatesACorporate() {
        String code = corporate("Old name");

        asAdmin().header("If-Match", "\"0\"").body("{\"name\": \"New name\", \"active\": false}")
                .when().put("/api/v1/corporates/" + code)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("name", equalTo("New name"))
                .body("active", equalTo(false));
    }

    @Test
    void refusesADuplicateCode() {
        String code = corporate("First");

        register("{\"code\": \"" + code + "\", \"name\": \"Second\"}")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", endsWith("/corporate-code-taken"));
    }

    @Test
    void answersAnUnknownCorporateWithNotFound() {
        as("viewer").when().get("/api/v1/corporates/NO-SUCH-GROUP")
                .then().statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("Corporate NO-SUCH-GROUP does not exist"));
    }

    @Test
    void refusesAStaleIfMatch() {
        String code = corporate("Contested");
        asAdmin().header("If-Match", "\"0\"").body("{\"name\": \"Winner\", \"active\": true}")
                .when().put("/api/v1/corporates/" + code).then().statusCode(200);

        asAdmin().header("If-Match", "\"0\"").body("{\"name\": \"Loser\", \"active\": true}")
                .when().put("/api/v1/corporates/" + code)
                .then().statusCode(412).contentType(PROBLEM);
    }

    @Test
    void takesAWeakIfMatchForTheSameVersion() {
        String code = corporate("Weakly tagged");

        asAdmin().header("If-Match", "W/\"0\"").body("{\"name\": \"Changed\", \"active\": true}")
                .when().put("/api/v1/corporates/" + code)
                .then().statusCode(200).body("name", equalTo("Changed"));
    }

    @Test
    void refusesANameLongerThanSixty() {
        register("{\"code\": \"" + unique("LONG") + "\", \"name\": \"" + "n".repeat(61) + "\"}")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("name"));
    }

    @Test
    void refusesACodeWithSpaces() {
        register("{\"code\": \"MY GROUP\", \"name\": \"Spaced\"}")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("code"));
    }

    @Test
    void refusesAnUnknownField() {
        register("{\"code\": \"" + unique("X") + "\", \"name\": \"X\", \"parent\": \"Y\"}")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("parent"));
    }

    @Test
    void salesMayNotRegister() {
        as("sales").body("{\"code\": \"" + unique("S") + "\", \"name\": \"Sales made it\"}")
                .when().post("/api/v1/corporates")
                .then().statusCode(403).contentType(PROBLEM);
    }
}
