package dev.tradebook.customer.reference.api;

import static dev.tradebook.customer.reference.api.ReferenceApi.PROBLEM;
import static dev.tradebook.customer.reference.api.ReferenceApi.as;
import static dev.tradebook.customer.reference.api.ReferenceApi.asAdmin;
import static dev.tradebook.customer.reference.api.ReferenceApi.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class CityResourceTest {

    private static Response register(String body) {
        return asAdmin().body(body).when().post("/api/v1/cities");
    }

    private static String city(String name, String state) {
        String code = unique("CITY");
        register("{\"code\": \"" + code + "\", \"name\": \"" + name + "\", \"state\": \"" + state + "\"}")
                .then().statusCode(201);
        return code;
    }

    @Test
    void registersACityWithItsStateAndCountry() {
        String code = unique("KOLHAPUR");

        register("{\"code\": \"" + code + "\", \"name\": \"Kolhapur\", \"state\": \"IN-MH\"}")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/cities/" + code))
                .header("ETag", "\"0\"")
                .body("code", equalTo(code))
                .body("name", equalTo("Kolhapur"))
                .body("state.code", equalTo("IN-MH"))
                .body("state.name", equalTo("Maharashtra"))
                .body("state.gstCode", equalTo("27"))
                .body("country.code", equalTo("IN"))
                .body("country.name", equalTo("India"))
                .body("active", equalTo(true))
                .body("version", equalTo(0));
    }

    @Test
    void readsAForeignCityWithoutGstCode() {
        as("viewer").when().get("/api/v1/cities/DUBAI")
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("state.code", equalTo("AE-DU"))
                .body("state.gstCode", nullValue())
                .body("country.name", equalTo("United Arab Emirates"));
    }

    @Test
    void movesACityToAnotherStateAndDeactivatesIt() {
        String code = city("Misplaced", "IN-GJ");

        asAdmin().header("If-Match", "\"0\"").body("{\"name\": \"Placed\", \"state\": \"IN-KA\", \"active\": false}")
                .when().put("/api/v1/cities/" + code)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("name", equalTo("Placed"))
                .body("state.gstCode", equalTo("29"))
                .body("active", equalTo(false));
    }

    @Test
    void findsCitiesByPartOfTheirNameInAnyCase() {
        String code = city("Zxqwabad", "IN-UP");

        as("sales").queryParam("q", "QWAB").when().get("/api/v1/cities")
                .then().statusCode(200)
                .body("items.code", contains(code))
                .body("total", equalTo(1));
    }

    @Test
    void findsCitiesByPartOfTheirCode() {
        as("sales").queryParam("q", "new-").queryParam("size", 500).when().get("/api/v1/cities")
                .then().statusCode(200)
                .body("items.code", hasItem("NEW-DELHI"))
                .body("items.code", hasItem("NEW-YORK"));
    }

    @Test
    void takesPercentAndUnderscoreInTheSearchLiterally() {
        String literal = city("Hundred%Percent_Town", "IN-RJ");
        city("HundredXPercentYTown", "IN-RJ");

        as("sales").queryParam("q", "dred%percent_").when().get("/api/v1/cities")
                .then().statusCode(200)
                .body("items.code", contains(literal));
    }

    @Test
    void listsOnlyTheCitiesOfOneState() {
        as("sales").queryParam("state", "IN-MH").queryParam("size", 500).when().get("/api/v1/cities")
                .then().statusCode(200)
                .body("items.state.code", everyItem(equalTo("IN-MH")))
                .body("items.code", hasItem("PUNE"))
                .body("items.code", not(hasItem("SURAT")));
    }

    @Test
    void leavesDeactivatedCitiesOutOfAnActiveSearch() {
        String code = unique("GHOST");
        register("{\"code\": \"" + code + "\", \"name\": \"Ghost town\", \"state\": \"IN-BR\", \"active\": false}")
                .then().statusCode(201);

        as("sales").queryParam("state", "IN-BR").queryParam("active", true).when().get("/api/v1/cities")
                .then().statusCode(200)
                .body("items.code", not(hasItem(code)))
                .body("items.code", hasItem("PATNA"));
    }

    @Test
    void refusesACityInAnUnknownState() {
        register("{\"code\": \"" + unique("NOWHERE") + "\", \"name\": \"Nowhere\", \"state\": \"IN-XX\"}")
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", endsWith("/unknown-state"))
                .body("violations.field", contains("state"));
    }

    @Test
    void refusesADuplicateCode() {
        register("{\"code\": \"PUNE\", \"name\": \"Pune again\", \"state\": \"IN-MH\"}")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", endsWith("/city-code-taken"));
    }

    @Test
    void answersAnUnknownCityWithNotFound() {
        as("viewer").when().get("/api/v1/cities/ATLANTIS")
                .then().statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("City ATLANTIS does not exist"));
    }

    @Test
    void refusesAStaleIfMatch() {
        String code = city("Contested", "IN-TN");
        asAdmin().header("If-Match", "\"0\"").body("{\"name\": \"First\", \"state\": \"IN-TN\", \"active\": true}")
                .when().put("/api/v1/cities/" + code).then().statusCode(200);

        asAdmin().header("If-Match", "\"0\"").body("{\"name\": \"Second\", \"state\": \"IN-TN\", \"active\": true}")
                .when().put("/api/v1/cities/" + code)
                .then().statusCode(412).contentType(PROBLEM);
    }

    @Test
    void refusesANameLongerThanSixty() {
        register("{\"code\": \"" + unique("LONG") + "\", \"name\": \"" + "n".repeat(61) + "\", \"state\": \"IN-MH\"}")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("name"));
    }

    @Test
    void refusesAMissingState() {
        register("{\"code\": \"" + unique("STATELESS") + "\", \"name\": \"Stateless\"}")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("state"));
    }

    @Test
    void refusesASearchLongerThanSixty() {
        as("viewer").queryParam("q", "q".repeat(61)).when().get("/api/v1/cities")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("q"));
    }

    @Test
    void salesMayNotChangeACity() {
        as("sales").header("If-Match", "\"0\"").body("{\"name\": \"Poona\", \"state\": \"IN-MH\", \"active\": true}")
                .when().put("/api/v1/cities/PUNE")
                .then().statusCode(403).contentType(PROBLEM);
    }
}
