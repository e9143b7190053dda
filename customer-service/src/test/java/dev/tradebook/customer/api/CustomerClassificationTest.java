package dev.tradebook.customer.api;

import static dev.tradebook.customer.api.Customers.SALES;
import static dev.tradebook.customer.api.Customers.createMinimal;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.oneOf;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Classes configured by sales-admin (/api/v1/classifications), several per customer, a filter of the search. */
@QuarkusTest
class CustomerClassificationTest {

    private static final String ADMIN = Tokens.withRoles("sales-admin");

    @Test
    void aCustomersSetIsReplacedAtItsVersionSortedAndWithoutDuplicates() {
        configure("KEY-ACCOUNT", "PHARMA");
        String code = createMinimal("CL");

        put(code, "\"0\"", "[\"PHARMA\", \"KEY-ACCOUNT\", \"PHARMA\"]").then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("classifications", contains("KEY-ACCOUNT", "PHARMA"));

        given().auth().oauth2(Tokens.withRoles("viewer")).when().get("/api/v1/customers/" + code + "/classifications")
                .then().statusCode(200).header("ETag", "\"1\"").body("classifications", contains("KEY-ACCOUNT", "PHARMA"));
        put(code, "\"1\"", "[]").then().statusCode(200).header("ETag", "\"2\"").body("classifications", empty());
        put(code, "\"1\"", "[\"PHARMA\"]").then().statusCode(412);
    }

    @Test
    void theSearchFindsTheCustomersOfAClass() {
        configure("CL-SEARCH");
        String classified = createMinimal("CL");
        String other = createMinimal("CL");
        put(classified, "\"0\"", "[\"CL-SEARCH\"]").then().statusCode(200);

        given().auth().oauth2(SALES).queryParam("classification", "CL-SEARCH").when().get("/api/v1/customers")
                .then().statusCode(200).body("items.code", contains(classified)).body("total", equalTo(1));
        given().auth().oauth2(SALES).queryParam("classification", "CL-SEARCH").queryParam("q", other)
                .when().get("/api/v1/customers").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(SALES).queryParam("classification", "not a code").when().get("/api/v1/customers")
                .then().statusCode(400).body("violations[0].field", equalTo("classification"));
    }

    @Test
    void anUnknownOrInactiveClassIsRefusedNamingIt() {
        configure("RETIRED");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", "*")
                .body("{\"description\": \"Retired class\", \"active\": false}")
                .when().put("/api/v1/classifications/RETIRED").then().statusCode(200);
        String code = createMinimal("CL");

        put(code, "\"0\"", "[\"NO-SUCH-CLASS\"]").then().statusCode(422)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("classifications[0]"));
        put(code, "\"0\"", "[\"RETIRED\"]").then().statusCode(422);
        put(code, "\"0\"", "[\"lower case\"]").then().statusCode(400)
                .body("violations[0].field", equalTo("classifications[0]"));
        Customers.get(code).then().header("ETag", "\"0\"");
    }

    @Test
    void aChangeIsInTheCustomersHistory() {
        configure("KEY-ACCOUNT");
        String code = createMinimal("CL");

        put(code, "\"0\"", "[\"KEY-ACCOUNT\"]").then().statusCode(200);

        given().auth().oauth2(SALES).when().get("/api/v1/customers/" + code + "/history").then()
                .body("items[0].version", equalTo(1))
                .body("items[0].changes[0].field", equalTo("classifications"))
                .body("items[0].changes[0].before", empty())
                .body("items[0].changes[0].after", contains("KEY-ACCOUNT"));
    }

    @Test
    void onlySalesAdminConfiguresClasses() {
        given().auth().oauth2(SALES).contentType(ContentType.JSON)
                .body("{\"code\": \"SALES-MADE\", \"description\": \"Not allowed\"}")
                .when().post("/api/v1/classifications").then().statusCode(403);
        configure("KEY-ACCOUNT");
        given().auth().oauth2(SALES).when().get("/api/v1/classifications/KEY-ACCOUNT").then().statusCode(200)
                .body("description", equalTo("Class KEY-ACCOUNT"));
        given().auth().oauth2(SALES).queryParam("active", "true").when().get("/api/v1/classifications").then()
                .statusCode(200).body("items.code", hasItem("KEY-ACCOUNT"));
    }

    @Test
    void badClassesAndListParametersAreRefusedNamingThem() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{\"code\": \"lower case\", \"description\": \"x\"}")
                .when().post("/api/v1/classifications").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("code"));
        given().auth().oauth2(SALES).queryParam("size", "0").when().get("/api/v1/classifications").then()
                .statusCode(400).body("violations[0].field", equalTo("size"));
        given().auth().oauth2(SALES).queryParam("active", "yes").when().get("/api/v1/classifications").then()
                .statusCode(400).body("violations[0].field", equalTo("active"));
    }

    private static void configure(String... codes) {
        for (String code : codes) {
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                    .body("{\"code\": \"%s\", \"description\": \"Class %s\"}".formatted(code, code))
                    .when().post("/api/v1/classifications").then().statusCode(oneOf(201, 409));
        }
    }

    private static Response put(String code, String ifMatch, String classifications) {
        return given().auth().oauth2(SALES).contentType(ContentType.JSON).header("If-Match", ifMatch)
                .body("{\"classifications\": " + classifications + "}")
                .when().put("/api/v1/customers/" + code + "/classifications");
    }
}
