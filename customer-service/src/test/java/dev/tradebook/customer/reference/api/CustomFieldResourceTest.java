package dev.tradebook.customer.reference.api;

import static dev.tradebook.customer.reference.api.ReferenceApi.PROBLEM;
import static dev.tradebook.customer.reference.api.ReferenceApi.as;
import static dev.tradebook.customer.reference.api.ReferenceApi.asAdmin;
import static dev.tradebook.customer.reference.api.ReferenceApi.uniqueName;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class CustomFieldResourceTest {

    private static Response define(String body) {
        return asAdmin().body(body).when().post("/api/v1/custom-fields");
    }

    private static String field(String type, String choices) {
        String name = uniqueName("field");
        define("{\"name\": \"" + name + "\", \"label\": \"A field\", \"type\": \"" + type + "\""
                + (choices == null ? "" : ", \"choices\": " + choices) + "}")
                .then().statusCode(201);
        return name;
    }

    @Test
    void definesAChoiceFieldWithItsChoicesInOrder() {
        String name = uniqueName("transporter");

        define("{\"name\": \"" + name + "\", \"label\": \"Preferred transporter\", \"type\": \"CHOICE\","
                + " \"choices\": [\"VRL Logistics\", \" Gati \", \"Blue Dart\"], \"required\": true,"
                + " \"inheritToDocuments\": true, \"active\": false}")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/custom-fields/" + name))
                .header("ETag", "\"0\"")
                .body("name", equalTo(name))
                .body("label", equalTo("Preferred transporter"))
                .body("type", equalTo("CHOICE"))
                .body("choices", contains("VRL Logistics", "Gati", "Blue Dart"))
                .body("required", equalTo(true))
                .body("inheritToDocuments", equalTo(true))
                // inactive: an active required field would make every customer other tests create invalid
                .body("active", equalTo(false));
    }

    @Test
    void readsADateFieldWithoutChoices() {
        String name = field("DATE", null);

        as("viewer").when().get("/api/v1/custom-fields/" + name)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("type", equalTo("DATE"))
                .body("choices", empty())
                .body("required", equalTo(false))
                .body("inheritToDocuments", equalTo(false))
                .body("active", equalTo(true));
    }

    @Test
    void listsDefinitionsWithTheActiveFilter() {
        String active = field("TEXT", null);
        String inactive = uniqueName("retired");
        define("{\"name\": \"" + inactive + "\", \"label\": \"Retired\", \"type\": \"NUMBER\", \"active\": false}")
                .then().statusCode(201);

        as("viewer").queryParam("active", true).queryParam("size", 500).when().get("/api/v1/custom-fields")
                .then().statusCode(200)
                .body("items.name", hasItem(active))
                .body("items.name", not(hasItem(inactive)));
    }

    @Test
    void changesTheChoicesAndDeactivates() {
        String name = field("CHOICE", "[\"A\", \"B\"]");

        asAdmin().header("If-Match", "\"0\"")
                .body("{\"label\": \"Grade\", \"type\": \"CHOICE\", \"choices\": [\"A\", \"B\", \"C\"], \"required\": false,"
                        + " \"inheritToDocuments\": true, \"active\": false}")
                .when().put("/api/v1/custom-fields/" + name)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("label", equalTo("Grade"))
                .body("choices", contains("A", "B", "C"))
                .body("inheritToDocuments", equalTo(true))
                .body("active", equalTo(false));
    }

    @Test
    void refusesToChangeTheType() {
        String name = field("TEXT", null);

        asAdmin().header("If-Match", "\"0\"")
                .body("{\"label\": \"Now a number\", \"type\": \"NUMBER\", \"required\": false,"
                        + " \"inheritToDocuments\": false,"
                        + " \"active\": true}")
                .when().put("/api/v1/custom-fields/" + name)
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", endsWith("/custom-field-type-fixed"))
                .body("violations.field", contains("type"));
    }

    @Test
    void refusesAChoiceFieldWithoutChoices() {
        define("{\"name\": \"" + uniqueName("grade") + "\", \"label\": \"Grade\", \"type\": \"CHOICE\"}")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("choices"));
    }

    @Test
    void refusesAChoiceFieldWithAnEmptyListOfChoices() {
        define("{\"name\": \"" + uniqueName("grade") + "\", \"label\": \"Grade\", \"type\": \"CHOICE\", \"choices\": []}")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("choices"));
    }

    @Test
    void refusesChoicesOnATextField() {
        define("{\"name\": \"" + uniqueName("note") + "\", \"label\": \"Note\", \"type\": \"TEXT\", \"choices\": [\"x\"]}")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("choices"));
    }

    @Test
    void refusesARepeatedChoice() {
        define("{\"name\": \"" + uniqueName("grade") + "\", \"label\": \"Grade\", \"type\": \"CHOICE\","
                + " \"choices\": [\"A\", \"B\", \"A\"]}")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("choices[2]"));
    }

    @Test
    void refusesABlankChoice() {
        define("{\"name\": \"" + uniqueName("grade") + "\", \"label\": \"Grade\", \"type\": \"CHOICE\","
                + " \"choices\": [\"A\", \" \"]}")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("choices[1]"));
    }

    @Test
    void refusesANameThatIsNotCamelCase() {
        define("{\"name\": \"Preferred_transporter\", \"label\": \"x\", \"type\": \"TEXT\"}")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("name"));
    }

    @Test
    void refusesANameLongerThanForty() {
        define("{\"name\": \"a" + "b".repeat(40) + "\", \"label\": \"x\", \"type\": \"TEXT\"}")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("name"));
    }

    @Test
    void refusesAnUnknownType() {
        define("{\"name\": \"" + uniqueName("colour") + "\", \"label\": \"Colour\", \"type\": \"COLOUR\"}")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("type"));
    }

    @Test
    void refusesALabelLongerThanSixty() {
        define("{\"name\": \"" + uniqueName("long") + "\", \"label\": \"" + "l".repeat(61) + "\", \"type\": \"TEXT\"}")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("label"));
    }

    @Test
    void refusesADuplicateName() {
        String name = field("BOOLEAN", null);

        define("{\"name\": \"" + name + "\", \"label\": \"Again\", \"type\": \"BOOLEAN\"}")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", endsWith("/custom-field-taken"));
    }

    @Test
    void answersAnUnknownFieldWithNotFound() {
        as("viewer").when().get("/api/v1/custom-fields/noSuchField").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void refusesAStaleIfMatch() {
        String name = field("NUMBER", null);
        String change = "{\"label\": \"Changed\", \"type\": \"NUMBER\", \"required\": false, \"inheritToDocuments\": false,"
                + " \"active\": true}";
        asAdmin().header("If-Match", "\"0\"").body(change).when().put("/api/v1/custom-fields/" + name)
                .then().statusCode(200);

        asAdmin().header("If-Match", "\"0\"").body(change.replace("Changed", "Again"))
                .when().put("/api/v1/custom-fields/" + name)
                .then().statusCode(412).contentType(PROBLEM);
    }

    @Test
    void salesMayNotDefine() {
        as("sales").body("{\"name\": \"" + uniqueName("mine") + "\", \"label\": \"Mine\", \"type\": \"TEXT\"}")
                .when().post("/api/v1/custom-fields")
                .then().statusCode(403).contentType(PROBLEM);
    }
}
