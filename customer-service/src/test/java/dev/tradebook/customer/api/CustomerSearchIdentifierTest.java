package dev.tradebook.customer.api;

import static dev.tradebook.customer.api.CustomerSearchTest.create;
import static dev.tradebook.customer.api.CustomerSearchTest.search;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A term that is a whole customer code or GSTIN is looked up by its selective part (SearchTerm), yet matches
 * exactly what any other term would: every customer that contains it anywhere, that customer first.
 */
@QuarkusTest
class CustomerSearchIdentifierTest {

    @Test
    void aCodeFindsItsCustomerFirstAndTheCustomersWhoseNameContainsIt() {
        String digits = String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String code = create("SX" + digits, "Exact code", "");
        String mentioning = create(Customers.uniqueCode("AX"), "Agent for SX" + digits, "");
        create(Customers.uniqueCode("AY"), "Only the digits " + digits, "");

        search("sx" + digits).body("items.code", contains(code, mentioning)).body("total", equalTo(2))
                .body("items[0].name", equalTo("Exact code"));
    }

    @Test
    void aGstinFindsItsHolderFirstAndTheCustomersWhoseNameContainsIt() {
        String gstin = CustomerSearchTest.uniqueGstin();
        String holder = create(Customers.uniqueCode("SG"), "GST holder",
                ", \"address\": {\"city\": \"PUNE\"}, \"gst\": {\"number\": \"" + gstin + "\"}");
        String mentioning = create(Customers.uniqueCode("AG"), "Branch of " + gstin, "");
        create(Customers.uniqueCode("AH"), "Same PAN " + gstin.substring(2, 12), "");

        search(gstin.toLowerCase(Locale.ROOT)).body("items.code", contains(holder, mentioning))
                .body("total", equalTo(2)).body("items[0].gst.number", equalTo(gstin));
    }

    @Test
    void aCodeSortedDescendingStillPutsItsCustomerFirst() {
        String digits = String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String code = create("SZ" + digits, "Exact code", "");
        String before = create("SZ" + digits + "-B", "Longer code", "");
        String after = create("SZ" + digits + "-A", "Longer code", "");

        given().auth().oauth2(Tokens.withRoles("viewer")).queryParam("q", "SZ" + digits).queryParam("sort", "code,desc")
                .when().get("/api/v1/customers").then().statusCode(200)
                .body("items.code", contains(code, before, after));
    }

}
