package dev.tradebook.customer.api;

import static dev.tradebook.customer.api.LeadCalls.action;
import static dev.tradebook.customer.api.LeadCalls.convert;
import static dev.tradebook.customer.api.LeadCalls.create;
import static dev.tradebook.customer.api.LeadCalls.createRavi;
import static dev.tradebook.customer.api.LeadCalls.get;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** POST /leads/{id}/convert and /prospects/{id}/convert: a customer made from the lead, linked both ways. */
@QuarkusTest
class LeadConversionTest {

    @Test
    void theCustomerCarriesTheLeadsDataAndShowsItsOrigin() {
        long id = createRavi("leads");
        String code = Customers.uniqueCode("LD");

        convert("leads", id, "{\"code\": \"%s\", \"debtorAccountGroups\": [\"DOM\"]}".formatted(code))
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/customers/" + code))
                .header("ETag", "\"0\"")
                .body("name", equalTo("Sharma Wholesale"))
                .body("type", equalTo("CUSTOMER"))
                .body("source", equalTo("LEAD"))
                .body("email", equalTo("ravi@sharma.example"))
                .body("salesman", equalTo("ANIL-KUMAR"))
                .body("address.line1", equalTo("12 Market Road"))
                .body("address.state", equalTo("IN-MH"))
                .body("address.phone1", equalTo("+91 98 7654 3210"))
                .body("contacts.name", contains("Ravi Sharma", "Meena Rao"))
                .body("owner", equalTo("priya"))
                .body("origin.kind", equalTo("LEAD"))
                .body("origin.id", equalTo((int) id));

        get("leads", id).then().statusCode(200)
                .body("status", equalTo("CONVERTED"))
                .body("customer", equalTo(code))
                .body("convertedBy", equalTo("priya"))
                .body("name", equalTo("Ravi Sharma"));
        given().auth().oauth2(LeadCalls.SALES).when().get("/api/v1/customers/" + code + "/history").then()
                .body("items[0].kind", equalTo("CREATED"))
                .body("items[0].changes.find { it.field == 'source' }.after", equalTo("LEAD"))
                .body("items[0].changes.find { it.field == 'origin' }.after.kind", equalTo("LEAD"))
                .body("items[0].changes.find { it.field == 'origin' }.after.id", equalTo((int) id));
    }

    @Test
    void theBodyOverridesWhatTheLeadCarries() {
        long id = createRavi("prospects");
        String code = Customers.uniqueCode("PR");

        convert("prospects", id, """
                {"code": "%s", "name": "Sharma Wholesale Pvt Ltd", "type": "DISTRIBUTOR", "currency": "USD",
                 "debtorAccountGroups": ["EXP"], "contacts": null}""".formatted(code))
                .then().statusCode(201)
                .body("name", equalTo("Sharma Wholesale Pvt Ltd"))
                .body("type", equalTo("DISTRIBUTOR"))
                .body("currency", equalTo("USD"))
                .body("debtorAccountGroups", contains("EXP"))
                .body("contacts.size()", equalTo(0))
                .body("source", equalTo("PROSPECT"))
                .body("origin.kind", equalTo("PROSPECT"));
    }

    @Test
    void convertingTwiceIsAConflict() {
        long id = createRavi("leads");
        convert("leads", id, "{\"debtorAccountGroups\": [\"DOM\"]}").then().statusCode(201);

        convert("leads", id, "{\"debtorAccountGroups\": [\"DOM\"]}").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/lead-converted"));
        convert("leads", id, "{\"debtorAccountGroups\": []}").then().statusCode(409);
    }

    @Test
    void aCustomerTheRulesRefuseLeavesTheLeadAsItWas() {
        long id = createRavi("leads");
        String code = Customers.uniqueCode("LD");

        convert("leads", id, "{\"code\": \"%s\"}".formatted(code)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("debtorAccountGroups"));
        convert("leads", id, "{\"code\": \"%s\", \"debtorAccountGroups\": [\"NOPE\"]}".formatted(code))
                .then().statusCode(422)
                .body("violations[0].field", equalTo("debtorAccountGroups[0]"));

        get("leads", id).then().body("status", equalTo("OPEN")).body("customer", nullValue()).body("version", equalTo(0));
        Customers.get(code).then().statusCode(404);
    }

    @Test
    void anUnknownOrReadOnlyCustomerFieldIsRefused() {
        long id = createRavi("leads");

        convert("leads", id, "{\"debtorAccountGroups\": [\"DOM\"], \"balance\": \"10.00\"}").then().statusCode(400)
                .contentType("application/problem+json");
        convert("leads", id, "[1, 2]").then().statusCode(400).contentType("application/problem+json");
        get("leads", id).then().body("status", equalTo("OPEN"));
    }

    @Test
    void aLostLeadIsNotConverted() {
        long id = create("leads", "{\"name\": \"Gone Traders\"}").then().statusCode(201).extract().jsonPath().getLong("id");
        action("leads", id, "lose", "\"0\"", "{\"reason\": \"Closed down\"}").then().statusCode(200);

        convert("leads", id, "{\"debtorAccountGroups\": [\"DOM\"]}").then().statusCode(422)
                .body("type", endsWith("/lead-status"));
    }

    @Test
    void anUnknownLeadIsNotConverted() {
        convert("leads", 999_999_999L, "{\"debtorAccountGroups\": [\"DOM\"]}").then().statusCode(404);
    }
}
