package dev.tradebook.customer.reference.api;

import static dev.tradebook.customer.reference.api.ReferenceApi.PROBLEM;
import static dev.tradebook.customer.reference.api.ReferenceApi.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** What migration V2 seeds: India's states and union territories with their GST codes, cities, a few foreign places. */
@QuarkusTest
class GeographySeedTest {

    @Test
    void seedsEveryStateAndUnionTerritoryOfIndiaWithItsGstCode() {
        as("viewer").queryParam("country", "IN").queryParam("size", 500).when().get("/api/v1/states")
                .then().statusCode(200)
                .body("total", equalTo(37))
                .body("items.gstCode", everyItem(notNullValue()))
                .body("items.gstCode", hasItems("01", "07", "24", "26", "27", "29", "33", "36", "37", "38", "97"))
                .body("items.country.code", everyItem(equalTo("IN")));
    }

    @Test
    void seedsMaharashtraWithGstCodeTwentySeven() {
        as("viewer").queryParam("country", "IN").queryParam("size", 500).when().get("/api/v1/states")
                .then().statusCode(200)
                .body("items.find { it.code == 'IN-MH' }.name", equalTo("Maharashtra"))
                .body("items.find { it.code == 'IN-MH' }.gstCode", equalTo("27"))
                .body("items.find { it.gstCode == '37' }.name", equalTo("Andhra Pradesh"))
                .body("items.find { it.gstCode == '38' }.name", equalTo("Ladakh"))
                .body("items.find { it.gstCode == '97' }.name", equalTo("Other Territory"));
    }

    @Test
    void seedsPuneInMaharashtraIndia() {
        as("viewer").when().get("/api/v1/cities/PUNE")
                .then().statusCode(200)
                .body("name", equalTo("Pune"))
                .body("state.name", equalTo("Maharashtra"))
                .body("state.gstCode", equalTo("27"))
                .body("country.code", equalTo("IN"))
                .body("country.name", equalTo("India"));
    }

    @Test
    void seedsTheLargeCitiesInTheirStates() {
        as("viewer").queryParam("state", "IN-GJ").queryParam("size", 500).when().get("/api/v1/cities")
                .then().statusCode(200).body("items.code", hasItems("AHMEDABAD", "SURAT"));
        as("viewer").when().get("/api/v1/cities/BENGALURU").then().body("state.gstCode", equalTo("29"));
        as("viewer").when().get("/api/v1/cities/CHENNAI").then().body("state.gstCode", equalTo("33"));
        as("viewer").when().get("/api/v1/cities/HYDERABAD").then().body("state.gstCode", equalTo("36"));
        as("viewer").when().get("/api/v1/cities/NEW-DELHI").then().body("state.gstCode", equalTo("07"));
        as("viewer").when().get("/api/v1/cities/KOLKATA").then().body("state.gstCode", equalTo("19"));
    }

    @Test
    void seedsForeignStatesWithoutGstCode() {
        as("viewer").queryParam("country", "US").when().get("/api/v1/states")
                .then().statusCode(200)
                .body("items.code", contains("US-NY"))
                .body("items[0].gstCode", nullValue());
        as("viewer").when().get("/api/v1/cities/SINGAPORE").then().body("country.code", equalTo("SG"));
        as("viewer").when().get("/api/v1/cities/LONDON").then().body("country.code", equalTo("GB"));
        as("viewer").when().get("/api/v1/cities/NEW-YORK").then().body("state.name", equalTo("New York"));
    }

    @Test
    void listsTheSeededCountries() {
        as("viewer").when().get("/api/v1/countries")
                .then().statusCode(200)
                .body("items.code", containsInAnyOrder("AE", "GB", "IN", "SG", "US"))
                .body("items.find { it.code == 'IN' }.name", equalTo("India"))
                .body("total", equalTo(5));
    }

    @Test
    void refusesACountryFilterThatIsNoCountryCode() {
        as("viewer").queryParam("country", "India").when().get("/api/v1/states")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("country"));
    }
}
