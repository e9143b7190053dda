package dev.tradebook.customer.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The new customers of a chunk are flushed together, at its end (CustomerImports): the rows of a chunk still see
 * each other as the rows of one customer per request would. The tests' chunks are four rows.
 */
@QuarkusTest
class CustomerImportChunkTest {

    @Test
    void aRowMayBillToACustomerAnEarlierRowOfTheSameChunkCreated() {
        String payer = Customers.uniqueCode("ICB");
        String billed = Customers.uniqueCode("ICB");
        String file = Customers.minimal(payer).replace("\n", " ") + "\n"
                + "{\"code\": \"" + billed + "\", \"name\": \"Billed Traders\", \"type\": \"CUSTOMER\","
                + " \"debtorAccountGroups\": [\"DOM\"], \"billToCustomers\": [\"" + payer + "\"]}\n";

        JsonPath done = Imports.run(Imports.NDJSON, "", file);

        assertThat(done.getMap("")).contains(Map.entry("read", 2), Map.entry("created", 2), Map.entry("failed", 0));
        Customers.get(billed).then().statusCode(200).body("billToCustomers", equalTo(List.of(payer)));
    }

    @Test
    void aCodeNamedTwiceInOneChunkIsCreatedOnceAndTheSecondRowRefused() {
        String code = Customers.uniqueCode("ICT");

        String id = Imports.post(Imports.CSV, "", Imports.csv(code + ",First Of Two,CUSTOMER,DOM,,,",
                code + ",Second Of Two,CUSTOMER,DOM,,,")).then().statusCode(202).extract().path("id");
        JsonPath done = Imports.finished(id);

        assertThat(done.getMap("")).contains(Map.entry("read", 2), Map.entry("created", 1), Map.entry("failed", 1));
        assertThat(Imports.errors(id).getList("")).containsExactly(Map.of("line", 3, "field", "code",
                "message", "customer " + code + " exists already (mode=create)"));
        Customers.get(code).then().statusCode(200).body("name", equalTo("First Of Two"));
    }

    @Test
    void theHistoryOfACustomerCreatedThenUpdatedByImportsListsTheUpdateFirst() {
        String code = Customers.uniqueCode("ICH");
        Imports.run(Imports.CSV, "", Imports.csv(code + ",Created By Import,CUSTOMER,DOM,,,"));

        Imports.run(Imports.CSV, "?mode=upsert", Imports.csv(code + ",Renamed By Import,CUSTOMER,DOM,,,"));

        given().auth().oauth2(Customers.SALES).when().get("/api/v1/customers/" + code + "/history")
                .then().statusCode(200)
                .body("items.kind", equalTo(List.of("UPDATED", "CREATED")))
                .body("items[0].changes.find { it.field == 'name' }.after", equalTo("Renamed By Import"));
    }
}
