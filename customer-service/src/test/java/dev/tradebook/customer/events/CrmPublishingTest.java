package dev.tradebook.customer.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.oneOf;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tradebook.platform.testing.TestTopics;
import dev.tradebook.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A memo's changes and a new set of classifications are published, keyed by the customer's code. */
@QuarkusTest
class CrmPublishingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SALES = Tokens.forUser("priya", "sales");

    @Test
    void aMemoIsPublishedWhenAddedAndWhenDone() throws Exception {
        String code = customer();
        long id = given().auth().oauth2(SALES).contentType(ContentType.JSON)
                .body("{\"kind\": \"TASK\", \"subject\": \"Collect cheque\", \"assignee\": \"arjun\","
                        + " \"dueAt\": \"2026-12-05T04:30:00Z\"}")
                .when().post("/api/v1/customers/" + code + "/memos").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        given().auth().oauth2(SALES).header("If-Match", "\"0\"")
                .when().post("/api/v1/customers/" + code + "/memos/" + id + "/done").then().statusCode(200);

        List<JsonNode> events = events(code, "customer.memo-changed.v1", 2);
        assertThat(events).extracting(data -> data.get("change").asText()).containsExactly("ADDED", "DONE");
        assertThat(events).extracting(data -> data.get("status").asText()).containsExactly("OPEN", "DONE");
        assertThat(events.get(1).get("id").asLong()).isEqualTo(id);
        assertThat(events.get(1).get("assignee").asText()).isEqualTo("arjun");
        assertThat(events.get(1).get("dueAt").asText()).isEqualTo("2026-12-05T04:30:00Z");
        assertThat(events.get(1).get("version").asLong()).isEqualTo(1);
    }

    @Test
    void aNewSetOfClassificationsIsPublishedWithThePreviousOne() throws Exception {
        given().auth().oauth2(Tokens.withRoles("sales-admin")).contentType(ContentType.JSON)
                .body("{\"code\": \"EVENT-CLASS\", \"description\": \"Published class\"}")
                .when().post("/api/v1/classifications").then().statusCode(oneOf(201, 409));
        String code = customer();

        given().auth().oauth2(SALES).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"classifications\": [\"EVENT-CLASS\"]}")
                .when().put("/api/v1/customers/" + code + "/classifications").then().statusCode(200);

        List<JsonNode> events = events(code, "customer.classifications-changed.v1", 1);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).get("classifications").get(0).asText()).isEqualTo("EVENT-CLASS");
        assertThat(events.get(0).get("previous")).isEmpty();
        assertThat(events.get(0).get("version").asLong()).isEqualTo(1);
    }

    private static String customer() {
        String code = "CRM-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        given().auth().oauth2(SALES).contentType(ContentType.JSON)
                .body("{\"code\": \"%s\", \"name\": \"Crm Traders\", \"type\": \"DEALER\", \"debtorAccountGroups\": [\"DOM\"]}"
                        .formatted(code))
                .when().post("/api/v1/customers").then().statusCode(201);
        return code;
    }

    /** The data of the events of one type for the customer, in publishing order. */
    private static List<JsonNode> events(String code, String type, int expected) throws Exception {
        List<ConsumerRecord<String, String>> records = TestTopics.read("customer.events",
                record -> code.equals(record.key()) && record.value().contains(type), expected, Duration.ofSeconds(20));
        List<JsonNode> data = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            data.add(JSON.readTree(record.value()).get("data"));
        }
        return data;
    }
}
