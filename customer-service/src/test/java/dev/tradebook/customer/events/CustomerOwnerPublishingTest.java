package dev.tradebook.customer.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

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

/** A transfer is published as customer.owner-changed.v1 naming both owners; a no-op one is not. */
@QuarkusTest
class CustomerOwnerPublishingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SALES = Tokens.forUser("priya", "sales");

    @Test
    void transferPublishesTheNewAndThePreviousOwner() throws Exception {
        String code = create();

        transfer(code, "neha");

        List<JsonNode> events = events(code, "customer.owner-changed.v1");
        assertThat(events).hasSize(1);
        JsonNode data = events.get(0).get("data");
        assertThat(data.get("code").asText()).isEqualTo(code);
        assertThat(data.get("owner").asText()).isEqualTo("neha");
        assertThat(data.get("previousOwner").asText()).isEqualTo("priya");
        assertThat(data.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void transferToTheCurrentOwnerPublishesNothing() throws Exception {
        String code = create();

        transfer(code, "priya");

        assertThat(events(code, "customer.owner-changed.v1")).isEmpty();
    }

    private static String create() {
        String code = "OWE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        given().auth().oauth2(SALES).contentType(ContentType.JSON)
                .body("""
                        {"code": "%s", "name": "Owner Traders", "type": "DEALER", "debtorAccountGroups": ["DOM"]}"""
                        .formatted(code))
                .when().post("/api/v1/customers").then().statusCode(201);
        return code;
    }

    private static void transfer(String code, String owner) {
        given().auth().oauth2(SALES).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"owner\": \"" + owner + "\"}")
                .when().put("/api/v1/customers/" + code + "/owner").then().statusCode(200);
    }

    private static List<JsonNode> events(String code, String type) throws Exception {
        List<ConsumerRecord<String, String>> records = TestTopics.readAll("customer.events",
                record -> code.equals(record.key()), Duration.ofSeconds(5));
        List<JsonNode> found = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            JsonNode event = JSON.readTree(record.value());
            if (event.get("type").asText().equals(type)) {
                found.add(event);
            }
        }
        return found;
    }
}
