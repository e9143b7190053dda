package dev.tradebook.customer.api;

import static dev.tradebook.customer.api.LeadCalls.RAVI;
import static dev.tradebook.customer.api.LeadCalls.SALES;
import static dev.tradebook.customer.api.LeadCalls.action;
import static dev.tradebook.customer.api.LeadCalls.create;
import static dev.tradebook.customer.api.LeadCalls.createRavi;
import static dev.tradebook.customer.api.LeadCalls.get;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** /api/v1/leads: record, read, list, revise; prospects share the code and are checked in their own test. */
@QuarkusTest
class LeadResourceTest {

    @Test
    void aRecordedLeadIsOpenOwnedByItsAuthorAndReadable() {
        var created = create("leads", RAVI).then().statusCode(201).header("ETag", "\"0\"").extract();
        long id = created.jsonPath().getLong("id");
        assertThat(created.header("Location")).endsWith("/api/v1/leads/" + id);

        given().auth().oauth2(Tokens.withRoles("viewer")).when().get("/api/v1/leads/" + id).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("kind", equalTo("LEAD"))
                .body("status", equalTo("OPEN"))
                .body("owner", equalTo("priya"))
                .body("name", equalTo("Ravi Sharma"))
                .body("company", equalTo("Sharma Wholesale"))
                .body("address.city", equalTo("PUNE"))
                .body("contacts.name", contains("Ravi Sharma", "Meena Rao"))
                .body("campaign", equalTo("Diwali 2026"))
                .body("salesman", equalTo("ANIL-KUMAR"))
                .body("customer", nullValue());
    }

    @Test
    void theListIsNarrowedByStatusAndText() {
        String campaign = "Campaign " + UUID.randomUUID();
        long open = createRavi("leads");
        long qualified = create("leads", "{\"name\": \"Anita Desai\", \"campaign\": \"" + campaign + "\"}")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        action("leads", qualified, "qualify", "\"0\"", null).then().statusCode(200);

        given().auth().oauth2(SALES).queryParam("q", campaign.toUpperCase()).when().get("/api/v1/leads")
                .then().statusCode(200).body("items.id", contains((int) qualified)).body("total", equalTo(1));
        given().auth().oauth2(SALES).queryParam("status", "QUALIFIED").queryParam("size", 500).when().get("/api/v1/leads")
                .then().statusCode(200).body("items.status", everyItem(equalTo("QUALIFIED")))
                .body("items.id", hasItem((int) qualified)).body("items.id", not(hasItem((int) open)));
    }

    @Test
    void aPutReplacesTheLeadAtTheVersionRead() {
        long id = createRavi("leads");

        given().auth().oauth2(SALES).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"name\": \"Ravi S. Sharma\", \"phone\": \"+91 20 1234 5678\"}")
                .when().put("/api/v1/leads/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("name", equalTo("Ravi S. Sharma")).body("company", nullValue());

        given().auth().oauth2(SALES).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"name\": \"Stale\"}").when().put("/api/v1/leads/" + id).then().statusCode(412);
        given().auth().oauth2(SALES).contentType(ContentType.JSON).body("{\"name\": \"No precondition\"}")
                .when().put("/api/v1/leads/" + id).then().statusCode(428);
    }

    @Test
    void aTooLongFieldIsRefusedNamingIt() {
        create("leads", "{\"name\": \"Ravi\", \"company\": \"" + "x".repeat(61) + "\"}").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("company"));
        create("leads", "{\"name\": \"Ravi\", \"contacts\": [{\"name\": \"" + "y".repeat(61) + "\"}]}")
                .then().statusCode(400).body("violations[0].field", equalTo("contacts[0].name"));
    }

    @Test
    void aLeadWithoutANameOrWithAnUnknownFieldIsRefused() {
        create("leads", "{\"company\": \"Nameless\"}").then().statusCode(400)
                .body("violations[0].field", equalTo("name"));
        create("leads", "{\"name\": \"Ravi\", \"status\": \"CONVERTED\"}").then().statusCode(400);
    }

    @Test
    void anUnknownLeadIsNotFoundAndAProspectIsNoLead() {
        get("leads", 999_999_999L).then().statusCode(404).contentType("application/problem+json");
        long prospect = createRavi("prospects");

        get("leads", prospect).then().statusCode(404);
        get("prospects", prospect).then().statusCode(200).body("kind", equalTo("PROSPECT"));
    }

    @Test
    void aSalesmanOrCityThatIsNoActiveEntryIsRefusedNamingIt() {
        create("leads", "{\"name\": \"Ravi\", \"salesman\": \"NO-SUCH-SALESMAN\"}").then().statusCode(422)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("salesman"));
        create("leads", "{\"name\": \"Ravi\", \"address\": {\"city\": \"ATLANTIS\"}}").then().statusCode(422)
                .body("violations[0].field", equalTo("address.city"));
    }

    @Test
    void theListIsSortedAsAsked() {
        String campaign = "Sorted " + UUID.randomUUID();
        for (String name : List.of("Bharat Traders", "Anand Stores", "Chetan Agencies")) {
            create("leads", "{\"name\": \"%s\", \"campaign\": \"%s\"}".formatted(name, campaign))
                    .then().statusCode(201);
        }

        given().auth().oauth2(SALES).queryParam("q", campaign).queryParam("sort", "name,asc").when().get("/api/v1/leads")
                .then().statusCode(200).body("items.name", contains("Anand Stores", "Bharat Traders", "Chetan Agencies"));
        given().auth().oauth2(SALES).queryParam("q", campaign).when().get("/api/v1/leads")
                .then().statusCode(200).body("items.name", contains("Chetan Agencies", "Anand Stores", "Bharat Traders"));
        given().auth().oauth2(SALES).queryParam("sort", "owner").when().get("/api/v1/leads")
                .then().statusCode(400).body("violations[0].field", endsWith("sort"));
    }

    @Test
    void aViewerMayNotRecordALead() {
        given().auth().oauth2(Tokens.withRoles("viewer")).contentType(ContentType.JSON).body(RAVI)
                .when().post("/api/v1/leads").then().statusCode(403);
    }
}
