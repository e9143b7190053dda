package dev.tradebook.customer.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class CustomerExportTest {

    @Test
    void theExportHasTheTemplatesColumnsAndOnlyTheCustomersTheFiltersLetThrough() {
        String prefix = Customers.uniqueCode("EXF");
        Customers.create(Customers.minimal(prefix + "-A")).then().statusCode(201);
        Customers.create(Customers.minimal(prefix + "-B").replace("CUSTOMER", "DEALER")).then().statusCode(201);

        String csv = given().auth().oauth2(Tokens.withRoles("viewer"))
                .queryParam("q", prefix).queryParam("type", "CUSTOMER")
                .when().get("/api/v1/customers/export")
                .then().statusCode(200).contentType("text/csv").extract().asString();

        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo(String.join(",", CustomerColumns.ALL));
        assertThat(lines.get(1)).startsWith(prefix + "-A,\"Minimal " + prefix + "-A\",INR,,CUSTOMER,");
    }

    @Test
    void importingTheExportInUpsertModeChangesNothing() {
        String prefix = Customers.uniqueCode("EXR");
        Customers.create(Customers.full(prefix + "-FULL")).then().statusCode(201);
        Customers.create(Customers.minimal(prefix + "-MIN")).then().statusCode(201);
        String fullVersion = Customers.etag(prefix + "-FULL");
        String minimalVersion = Customers.etag(prefix + "-MIN");
        String csv = given().auth().oauth2(Customers.SALES).queryParam("q", prefix)
                .when().get("/api/v1/customers/export").then().statusCode(200).extract().asString();

        JsonPath done = Imports.run(Imports.CSV, "?mode=upsert", csv);

        assertThat(done.getMap("")).contains(Map.entry("status", "COMPLETED"), Map.entry("read", 2),
                Map.entry("updated", 2), Map.entry("unchanged", 2), Map.entry("failed", 0));
        assertThat(Customers.etag(prefix + "-FULL")).isEqualTo(fullVersion);
        assertThat(Customers.etag(prefix + "-MIN")).isEqualTo(minimalVersion);
    }

    @Test
    void theExportIsForThoseWhoReadCustomers() {
        given().auth().oauth2(Tokens.withRoles("customer")).when().get("/api/v1/customers/export")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.withRoles("accounts")).queryParam("type", "PIRATE")
                .when().get("/api/v1/customers/export")
                .then().statusCode(400).body("violations[0].field", equalTo("type"));
    }
}
