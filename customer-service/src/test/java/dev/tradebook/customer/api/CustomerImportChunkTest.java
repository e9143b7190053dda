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
 * The new customers of a chunk are copied in together, at its end, while the next chunk is already being built
 * and copied (CustomerImports, ChunkWriters): the rows of a chunk, and of the chunk before, still see each other as the rows
 * of one customer per request would. The tests' chunks are four rows.
 */
@QuarkusTest
class CustomerImportChunkTest {

    @Test
    void aRowMayBillToACustomerAnEarlierRowOfTheSameChunkCreated() {
        billsToAnEarlierRowAcross(0);
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

    @Test
    void aRowMayBillToACustomerOfTheChunkBeforeIt() {
        billsToAnEarlierRowAcross(3);
    }

    @Test
    void aCustomerCreatedByOneChunkIsUpdatedByTheNextInAnUpsert() {
        String code = Customers.uniqueCode("ICN");
        String file = Imports.csv(code + ",Created First,CUSTOMER,DOM,,,", filler(), filler(), filler(),
                code + ",Updated Next,CUSTOMER,DOM,,,");

        JsonPath done = Imports.run(Imports.CSV, "?mode=upsert", file);

        assertThat(done.getMap("")).contains(Map.entry("read", 5), Map.entry("created", 4), Map.entry("updated", 1),
                Map.entry("failed", 0));
        Customers.get(code).then().statusCode(200).body("name", equalTo("Updated Next"));
    }

    @Test
    void aCodeCreatedByOneChunkIsRefusedInTheNextInCreateMode() {
        String code = Customers.uniqueCode("ICK");
        // The second chunk names a customer of the one ahead: it waits for it instead of being copied alongside.
        String file = Imports.csv(code + ",Created First,CUSTOMER,DOM,,,", filler(), filler(), filler(),
                code + ",Created Again,CUSTOMER,DOM,,,", filler());

        String id = Imports.post(Imports.CSV, "", file).then().statusCode(202).extract().path("id");
        JsonPath done = Imports.finished(id);

        assertThat(done.getMap("")).contains(Map.entry("read", 6), Map.entry("created", 5), Map.entry("failed", 1));
        assertThat(Imports.errors(id).getList("")).containsExactly(Map.of("line", 6, "field", "code",
                "message", "customer " + code + " exists already (mode=create)"));
        Customers.get(code).then().statusCode(200).body("name", equalTo("Created First"));
    }

    /** The payer, {@code between} other rows, then a row billing to the payer: every row is created. */
    private static void billsToAnEarlierRowAcross(int between) {
        String payer = Customers.uniqueCode("ICP");
        String billed = Customers.uniqueCode("ICP");
        StringBuilder file = new StringBuilder(ndjson(payer, null));
        for (int i = 0; i < between; i++) {
            file.append(ndjson(Customers.uniqueCode("ICF"), null));
        }
        file.append(ndjson(billed, payer));

        JsonPath done = Imports.run(Imports.NDJSON, "", file.toString());

        assertThat(done.getMap("")).contains(Map.entry("read", between + 2), Map.entry("created", between + 2),
                Map.entry("failed", 0));
        Customers.get(billed).then().statusCode(200).body("billToCustomers", equalTo(List.of(payer)));
    }

    private static String filler() {
        return Customers.uniqueCode("ICF") + ",Filler Traders,CUSTOMER,DOM,,,";
    }

    private static String ndjson(String code, String billTo) {
        return "{\"code\": \"" + code + "\", \"name\": \"Chunk Traders\", \"type\": \"CUSTOMER\","
                + " \"debtorAccountGroups\": [\"DOM\"]"
                + (billTo == null ? "" : ", \"billToCustomers\": [\"" + billTo + "\"]") + "}\n";
    }
}
