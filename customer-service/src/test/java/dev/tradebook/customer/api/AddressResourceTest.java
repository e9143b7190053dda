package dev.tradebook.customer.api;

import static dev.tradebook.customer.api.Customers.SALES;
import static dev.tradebook.customer.api.Customers.createMinimal;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/** /customers/{code}/addresses[/{id}]: billing and shipping addresses, exactly one default of each kind. */
@QuarkusTest
class AddressResourceTest {

    @Test
    void theFirstAddressOfAKindIsItsDefaultAndTheCityPlacesIt() {
        String code = createMinimal("AD");

        long id = post(code, "\"0\"", address("BILLING", "Head office", null)).then().statusCode(201)
                .header("ETag", "\"1\"")
                .body("kind", equalTo("BILLING"))
                .body("name", equalTo("Head office"))
                .body("city", equalTo("PUNE"))
                .body("state", equalTo("IN-MH"))
                .body("country", equalTo("IN"))
                .body("default", equalTo(true))
                .extract().jsonPath().getLong("id");

        given().auth().oauth2(Tokens.withRoles("viewer")).when().get("/api/v1/customers/" + code + "/addresses/" + id)
                .then().statusCode(200).body("line1", equalTo("12 Market Road")).body("pinCode", equalTo("411001"));
    }

    @Test
    void aNewDefaultTakesOverFromTheOldOneOfItsKindOnly() {
        String code = createMinimal("AD");
        post(code, "\"0\"", address("BILLING", "Head office", null)).then().statusCode(201);
        post(code, "\"1\"", address("SHIPPING", "Warehouse", null)).then().statusCode(201);

        post(code, "\"2\"", address("BILLING", "Branch", true)).then().statusCode(201).body("default", equalTo(true));

        list(code).body("items.name", contains("Head office", "Warehouse", "Branch"))
                .body("items.default", contains(false, true, true));
    }

    @Test
    void removingTheDefaultMakesTheEarliestOtherOneTheDefault() {
        String code = createMinimal("AD");
        long first = post(code, "\"0\"", address("SHIPPING", "Warehouse", null)).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        post(code, "\"1\"", address("SHIPPING", "Depot", null)).then().statusCode(201).body("default", equalTo(false));

        delete(code, first, "\"2\"").then().statusCode(204).header("ETag", "\"3\"");

        list(code).body("items.name", contains("Depot")).body("items.default", contains(true));
    }

    @Test
    void theDefaultCannotBeTurnedOffButAnotherCanBeMadeDefault() {
        String code = createMinimal("AD");
        long first = post(code, "\"0\"", address("SHIPPING", "Warehouse", null)).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long second = post(code, "\"1\"", address("SHIPPING", "Depot", null)).then().statusCode(201)
                .extract().jsonPath().getLong("id");

        put(code, first, "\"2\"", address("SHIPPING", "Warehouse", false))
                .then().statusCode(422).body("violations.field", contains("default"));
        put(code, second, "\"2\"", address("SHIPPING", "Depot", true)).then().statusCode(200).header("ETag", "\"3\"");

        list(code).body("items.default", contains(false, true));
    }

    @Test
    void anAddressChangeIsInTheHistory() {
        String code = createMinimal("AD");

        post(code, "\"0\"", address("BILLING", "Head office", null)).then().statusCode(201);

        given().auth().oauth2(SALES).when().get("/api/v1/customers/" + code + "/history").then()
                .body("items[0].kind", equalTo("UPDATED"))
                .body("items[0].changes[0].field", equalTo("addresses"))
                .body("items[0].changes[0].before", empty())
                .body("items[0].changes[0].after[0].name", equalTo("Head office"))
                .body("items[0].changes[0].after[0].default", equalTo(true));
    }

    @Test
    void badAddressesAreRefusedWithTheField() {
        String code = createMinimal("AD");

        post(code, "\"0\"", "{\"kind\": \"HOME\", \"name\": \"X\"}").then().statusCode(400);
        post(code, "\"0\"", "{\"name\": \"X\", \"pinCode\": \"12345678901\"}")
                .then().statusCode(400).body("violations.field", contains("kind", "pinCode"));
        post(code, "\"0\"", "{\"kind\": \"BILLING\", \"name\": \"X\", \"city\": \"NOWHERE\"}")
                .then().statusCode(422).body("violations.field", contains("city"));
        post(code, "\"0\"", "{\"kind\": \"BILLING\", \"name\": \"X\", \"state\": \"IN-MH\"}").then().statusCode(400);
    }

    @Test
    void writesNeedTheCurrentVersionOfTheCustomer() {
        String code = createMinimal("AD");

        post(code, null, address("BILLING", "Head office", null)).then().statusCode(428);
        post(code, "\"3\"", address("BILLING", "Head office", null)).then().statusCode(412);
    }

    @Test
    void anUnknownAddressIsNotFound() {
        String code = createMinimal("AD");

        given().auth().oauth2(SALES).when().get("/api/v1/customers/" + code + "/addresses/123456789")
                .then().statusCode(404).body("type", endsWith("/not-found"));
        delete(code, 123456789L, "\"0\"").then().statusCode(404);
    }

    static String address(String kind, String name, Boolean isDefault) {
        return """
                {"kind": "%s", "name": "%s", "line1": "12 Market Road", "city": "PUNE", "pinCode": "411001",
                 "phone": "+91 20 1234 5678"%s}""".formatted(kind, name,
                isDefault == null ? "" : ", \"default\": " + isDefault);
    }

    static Response post(String code, String ifMatch, String body) {
        return Customers.write("POST", "/api/v1/customers/" + code + "/addresses", ifMatch, body);
    }

    private static Response put(String code, long id, String ifMatch, String body) {
        return Customers.write("PUT", "/api/v1/customers/" + code + "/addresses/" + id, ifMatch, body);
    }

    private static Response delete(String code, long id, String ifMatch) {
        return Customers.write("DELETE", "/api/v1/customers/" + code + "/addresses/" + id, ifMatch, null);
    }

    private static ValidatableResponse list(String code) {
        return given().auth().oauth2(SALES).when().get("/api/v1/customers/" + code + "/addresses").then().statusCode(200);
    }
}
