package dev.tradebook.customer.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import dev.tradebook.platform.testing.Tokens;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Calls of the import endpoints the import tests share. */
final class Imports {

    static final String ADMIN = Tokens.forUser("asha", "sales-admin");
    static final String CSV = "text/csv";
    static final String NDJSON = "application/x-ndjson";

    private Imports() {
    }

    static Response post(String contentType, String query, byte[] body) {
        return given().auth().oauth2(ADMIN).contentType(contentType).body(body)
                .when().post("/api/v1/customer-imports" + query);
    }

    static Response post(String contentType, String query, String body) {
        return post(contentType, query, body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Posts the file, waits for the import to end and answers its figures. */
    static JsonPath run(String contentType, String query, String body) {
        String id = post(contentType, query, body).then().statusCode(202).extract().path("id");
        return finished(id);
    }

    static JsonPath finished(String id) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> status(id), status -> !"RUNNING".equals(status.getString("status")));
    }

    static JsonPath status(String id) {
        return given().auth().oauth2(ADMIN).when().get("/api/v1/customer-imports/" + id)
                .then().statusCode(200).extract().jsonPath();
    }

    static JsonPath errors(String id) {
        return given().auth().oauth2(ADMIN).accept("application/json").when().get("/api/v1/customer-imports/" + id + "/errors")
                .then().statusCode(200).extract().jsonPath();
    }

    /** A CSV of the given rows under a header of the template's most used columns. */
    static String csv(String... rows) {
        return "code,name,type,debtorAccountGroups,address.city,creditLimit,portal.loginEnabled\n"
                + String.join("\n", rows) + "\n";
    }
}
