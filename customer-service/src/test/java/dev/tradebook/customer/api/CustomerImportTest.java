package dev.tradebook.customer.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class CustomerImportTest {

    @Test
    void goodRowsAreCreatedAndABadOneIsReportedWithItsLineAndField() {
        String a = Customers.uniqueCode("IMP");
        String b = Customers.uniqueCode("IMP");
        String c = Customers.uniqueCode("IMP");
        String response = Imports.post(Imports.CSV, "", Imports.csv(
                a + ",Alpha Traders,CUSTOMER,DOM,PUNE,1500.5,true",
                b + ",Beta Traders,DEALER,DOM|EXP,,,",
                c + ",,CUSTOMER,DOM,,,",
                "BAD CODE,Gamma,CUSTOMER,DOM,,,")).then().statusCode(202)
                .header("Location", containsString("/api/v1/customer-imports/")).extract().asString();
        String id = JsonPath.from(response).getString("id");

        JsonPath done = Imports.finished(id);

        assertThat(done.getString("status")).isEqualTo("COMPLETED");
        assertThat(done.getMap("")).contains(Map.entry("read", 4), Map.entry("created", 2), Map.entry("updated", 0),
                Map.entry("failed", 2), Map.entry("mode", "CREATE"), Map.entry("format", "CSV"));
        List<Map<String, Object>> errors = Imports.errors(id).getList("");
        assertThat(errors).containsExactly(
                Map.of("line", 4, "field", "name", "message", "must not be blank"),
                Map.of("line", 5, "field", "code", "message", "must be 1 to 20 characters A-Z, 0-9 or -"));
        Customers.get(a).then().statusCode(200).body("name", equalTo("Alpha Traders"))
                .body("source", equalTo("IMPORT")).body("creditLimit", equalTo("1500.50"))
                .body("address.state", equalTo("IN-MH")).body("portal.loginEnabled", equalTo(true));
        Customers.get(b).then().statusCode(200).body("type", equalTo("DEALER"))
                .body("debtorAccountGroups", equalTo(List.of("DOM", "EXP")));
        Customers.get(c).then().statusCode(404);
    }

    @Test
    void eachImportedCustomerHasItsCreationInHistoryByTheImporter() {
        String code = Customers.uniqueCode("IMH");

        Imports.run(Imports.CSV, "", Imports.csv(code + ",History Traders,CUSTOMER,DOM,,,"));

        given().auth().oauth2(Customers.SALES).when().get("/api/v1/customers/" + code + "/history")
                .then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].kind", equalTo("CREATED"))
                .body("items[0].changedBy", equalTo("asha"))
                .body("items[0].changes.find { it.field == 'source' }.after", equalTo("IMPORT"));
    }

    @Test
    void runningTheSameFileAgainCreatesNothingTwice() {
        String a = Customers.uniqueCode("IMR");
        String b = Customers.uniqueCode("IMR");
        String file = Imports.csv(a + ",Again One,CUSTOMER,DOM,,,", b + ",Again Two,CUSTOMER,DOM,,,");
        Imports.run(Imports.CSV, "", file);

        String id = Imports.post(Imports.CSV, "", file).then().statusCode(202).extract().path("id");
        JsonPath again = Imports.finished(id);

        assertThat(again.getMap("")).contains(Map.entry("status", "COMPLETED"), Map.entry("read", 2),
                Map.entry("created", 0), Map.entry("failed", 2));
        assertThat(Imports.errors(id).getList("message", String.class))
                .containsExactly("customer " + a + " exists already (mode=create)",
                        "customer " + b + " exists already (mode=create)");
    }

    @Test
    void upsertReplacesExistingCustomersAndCreatesTheNewOnes() {
        String existing = Customers.createMinimal("IMU");
        String fresh = Customers.uniqueCode("IMU");
        String version = Customers.etag(existing);

        JsonPath done = Imports.run(Imports.CSV, "?mode=upsert", Imports.csv(
                existing + ",Renamed By Import,DEALER,EXP,,,", fresh + ",Fresh By Import,CUSTOMER,DOM,,,"));

        assertThat(done.getMap("")).contains(Map.entry("mode", "UPSERT"), Map.entry("read", 2), Map.entry("created", 1),
                Map.entry("updated", 1), Map.entry("unchanged", 0), Map.entry("failed", 0));
        Customers.get(existing).then().body("name", equalTo("Renamed By Import")).body("type", equalTo("DEALER"))
                .body("source", equalTo("MANUAL"));
        assertThat(Customers.etag(existing)).isNotEqualTo(version);
        Customers.get(fresh).then().statusCode(200).body("source", equalTo("IMPORT"));
    }

    @Test
    void aDryRunCountsWhatWouldHappenAndWritesNothing() {
        String a = Customers.uniqueCode("IMD");
        String b = Customers.uniqueCode("IMD");

        JsonPath done = Imports.run(Imports.CSV, "?dryRun=true", Imports.csv(
                a + ",Dry One,CUSTOMER,DOM,,,", b + ",Dry Two,CUSTOMER,NOPE,,,"));

        assertThat(done.getMap("")).contains(Map.entry("dryRun", true), Map.entry("read", 2), Map.entry("created", 1),
                Map.entry("failed", 1));
        Customers.get(a).then().statusCode(404);
    }

    @Test
    void ndjsonTakesOneCustomerPerLineWithTheSameChecksAsThePostOfOne() {
        String full = Customers.uniqueCode("IMN");
        String minimal = Customers.uniqueCode("IMN");
        String file = Customers.full(full).replace("\n", " ") + "\n"
                + "\n"
                + Customers.minimal(minimal) + "\n"
                + "{\"code\": \"IMN-X1\", \"name\": \"Unknown field\", \"type\": \"CUSTOMER\", \"debtorAccountGroups\": [\"DOM\"], \"colour\": \"red\"}\n"
                + "{\"code\": \"IMN-X2\", \"name\": \n"
                + "{\"code\": \"IMN-X3\", \"name\": \"Bad type\", \"type\": \"PIRATE\", \"debtorAccountGroups\": [\"DOM\"]}\n";

        String id = Imports.post(Imports.NDJSON, "", file).then().statusCode(202).extract().path("id");
        JsonPath done = Imports.finished(id);

        assertThat(done.getMap("")).contains(Map.entry("format", "NDJSON"), Map.entry("read", 5),
                Map.entry("created", 2), Map.entry("failed", 3));
        assertThat(Imports.errors(id).getList("line", Integer.class)).containsExactly(4, 5, 6);
        assertThat(Imports.errors(id).getList("field", String.class)).containsExactly("colour", null, "type");
        Customers.get(full).then().statusCode(200).body("source", equalTo("IMPORT"))
                .body("gst.number", equalTo("27AAPFU0939F1ZV")).body("contacts.size()", equalTo(2));
        Customers.get(minimal).then().statusCode(200);
    }
}
