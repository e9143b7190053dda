package dev.tradebook.customer.reference.api;

import static dev.tradebook.customer.reference.api.ReferenceApi.PROBLEM;
import static dev.tradebook.customer.reference.api.ReferenceApi.as;
import static dev.tradebook.customer.reference.api.ReferenceApi.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** The one settings row is shared by every test of the module: each test here puts the seeded values back. */
@QuarkusTest
class SettingsResourceTest {

    static final String SEEDED = """
            {"name": "Company name not set", "baseCurrency": "INR", "customerCodePrefix": "C",
             "portalLoginForNewCustomers": false}""";

    @AfterEach
    void restoreTheSeededSettings() {
        asAdmin().header("If-Match", "*").body(SEEDED).when().put("/api/v1/settings").then().statusCode(200);
    }

    private static String currentETag() {
        return as("viewer").when().get("/api/v1/settings").then().statusCode(200).extract().header("ETag");
    }

    private static ValidatableResponse put(String body) {
        return asAdmin().header("If-Match", currentETag()).body(body).when().put("/api/v1/settings").then();
    }

    private static String settings(String fields) {
        return "{\"name\": \"Shree Ganesh Distributors\", \"baseCurrency\": \"INR\", \"customerCodePrefix\": \"C\","
                + " \"portalLoginForNewCustomers\": false, " + fields + "}";
    }

    @Test
    void startsFromTheConfiguredBaseCurrencyAndPrefix() {
        as("accounts").when().get("/api/v1/settings")
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("name", equalTo("Company name not set"))
                .body("baseCurrency", equalTo("INR"))
                .body("customerCodePrefix", equalTo("C"))
                .body("portalLoginForNewCustomers", equalTo(false))
                .body("gstin", nullValue());
    }

    @Test
    void replacesEverySetting() {
        put("""
                {"name": "Shree Ganesh Distributors Pvt Ltd",
                 "address": {"line1": "12 Market Yard", "line2": "Gultekdi", "city": "PUNE", "pinCode": "411037"},
                 "gstin": "27AAPFU0939F1ZV", "baseCurrency": "USD", "customerCodePrefix": "SG",
                 "portalLoginForNewCustomers": true}""")
                .statusCode(200)
                .body("name", equalTo("Shree Ganesh Distributors Pvt Ltd"))
                .body("address.line1", equalTo("12 Market Yard"))
                .body("address.line3", nullValue())
                .body("address.city", equalTo("PUNE"))
                .body("address.pinCode", equalTo("411037"))
                .body("gstin", equalTo("27AAPFU0939F1ZV"))
                .body("baseCurrency", equalTo("USD"))
                .body("customerCodePrefix", equalTo("SG"))
                .body("portalLoginForNewCustomers", equalTo(true));
        as("viewer").when().get("/api/v1/settings").then().body("customerCodePrefix", equalTo("SG"));
    }

    @Test
    void answersTheNewVersionAsETag() {
        String before = currentETag();
        long version = Long.parseLong(before.replace("\"", ""));

        asAdmin().header("If-Match", before).body(settings("\"gstin\": null")).when().put("/api/v1/settings")
                .then().statusCode(200)
                .header("ETag", "\"" + (version + 1) + "\"")
                .body("version", equalTo((int) version + 1));
    }

    @Test
    void refusesAStaleIfMatch() {
        String stale = currentETag();
        asAdmin().header("If-Match", stale).body(settings("\"gstin\": null")).when().put("/api/v1/settings")
                .then().statusCode(200);

        asAdmin().header("If-Match", stale).body(settings("\"gstin\": null")).when().put("/api/v1/settings")
                .then().statusCode(412).contentType(PROBLEM);
    }

    @Test
    void requiresIfMatch() {
        asAdmin().body(SEEDED).when().put("/api/v1/settings").then().statusCode(428).contentType(PROBLEM);
    }

    @Test
    void refusesAnUnknownCurrency() {
        put(settings("\"gstin\": null").replace("\"INR\"", "\"RUPEES\""))
                .statusCode(400).contentType(PROBLEM).body("violations.field", contains("baseCurrency"));
    }

    @Test
    void refusesALowerCasePrefix() {
        put(settings("\"gstin\": null").replace("\"C\"", "\"cust\""))
                .statusCode(400).contentType(PROBLEM).body("violations.field", contains("customerCodePrefix"));
    }

    @Test
    void refusesAPrefixLongerThanEight() {
        put(settings("\"gstin\": null").replace("\"C\"", "\"CUSTOMERS\""))
                .statusCode(400).contentType(PROBLEM).body("violations.field", contains("customerCodePrefix"));
    }

    @Test
    void refusesAGstinOfTheWrongShape() {
        put(settings("\"gstin\": \"27AAPFU0939F1Z\""))
                .statusCode(400).contentType(PROBLEM).body("violations.field", contains("gstin"));
    }

    @Test
    void refusesAGstinWithAWrongCheckCharacter() {
        put(settings("\"gstin\": \"27AAPFU0939F1ZA\""))
                .statusCode(400).contentType(PROBLEM).body("violations.field", contains("gstin"));
    }

    @Test
    void refusesAGstinOfAnotherStateThanTheCity() {
        put(settings("\"gstin\": \"29AAGCB7383J1Z4\", \"address\": {\"city\": \"PUNE\"}"))
                .statusCode(422).contentType(PROBLEM)
                .body("type", endsWith("/company-address-mismatch"))
                .body("violations.field", contains("gstin"))
                .body("violations[0].message", equalTo("must start with 27, the GST code of Maharashtra"));
    }

    @Test
    void refusesAnUnknownCity() {
        put(settings("\"address\": {\"city\": \"ATLANTIS\"}"))
                .statusCode(422).contentType(PROBLEM).body("violations.field", contains("address.city"));
    }

    @Test
    void refusesADeactivatedCity() {
        String city = ReferenceApi.unique("SHUT");
        asAdmin().body("{\"code\": \"" + city + "\", \"name\": \"Shut\", \"state\": \"IN-GA\", \"active\": false}")
                .when().post("/api/v1/cities").then().statusCode(201);

        put(settings("\"address\": {\"city\": \"" + city + "\"}"))
                .statusCode(422).contentType(PROBLEM)
                .body("violations.field", contains("address.city"))
                .body("violations[0].message", equalTo("names a deactivated city"));
    }

    @Test
    void keepsItsCityWhenTheCityIsDeactivatedLater() {
        String city = ReferenceApi.unique("HOME");
        asAdmin().body("{\"code\": \"" + city + "\", \"name\": \"Home\", \"state\": \"IN-GA\"}")
                .when().post("/api/v1/cities").then().statusCode(201);
        put(settings("\"address\": {\"city\": \"" + city + "\"}")).statusCode(200);
        asAdmin().header("If-Match", "\"0\"").body("{\"name\": \"Home\", \"state\": \"IN-GA\", \"active\": false}")
                .when().put("/api/v1/cities/" + city).then().statusCode(200);

        put(settings("\"address\": {\"city\": \"" + city + "\", \"line1\": \"Still here\"}"))
                .statusCode(200)
                .body("address.city", equalTo(city))
                .body("address.line1", equalTo("Still here"));
    }

    @Test
    void refusesAnAddressLineLongerThan120() {
        put(settings("\"address\": {\"line1\": \"" + "a".repeat(121) + "\"}"))
                .statusCode(400).contentType(PROBLEM).body("violations.field", contains("address.line1"));
    }

    @Test
    void refusesTheReadOnlyVersion() {
        put(settings("\"version\": 7"))
                .statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("version"));
    }

    @Test
    void salesMayReadButNotChange() {
        as("sales").when().get("/api/v1/settings").then().statusCode(200);
        as("sales").header("If-Match", "*").body(SEEDED).when().put("/api/v1/settings")
                .then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void portalLoginForNewCustomersIsTheDefaultOfACustomerThatDoesNotSay() {
        put(SEEDED.replace("\"portalLoginForNewCustomers\": false", "\"portalLoginForNewCustomers\": true"))
                .statusCode(200).body("portalLoginForNewCustomers", equalTo(true));

        assertThat(portalLoginOfNewCustomer("")).isTrue();
        assertThat(portalLoginOfNewCustomer(", \"portal\": {\"email\": \"buyer@example.com\"}")).isTrue();
        assertThat(portalLoginOfNewCustomer(", \"portal\": {\"loginEnabled\": false}")).isFalse();
    }

    private static boolean portalLoginOfNewCustomer(String portal) {
        String code = ReferenceApi.unique("PL");
        return as("sales").body("""
                {"code": "%s", "name": "Portal Default Traders", "type": "CUSTOMER", "debtorAccountGroups": ["DOM"]%s}"""
                .formatted(code, portal))
                .when().post("/api/v1/customers")
                .then().statusCode(201).extract().path("portal.loginEnabled");
    }
}
