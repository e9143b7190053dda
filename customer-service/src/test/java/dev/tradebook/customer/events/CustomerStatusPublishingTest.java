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

/** A status change is published as its own event and as customer.updated.v1 naming "status". */
@QuarkusTest
class CustomerStatusPublishingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SALES = Tokens.withRoles("sales");

    @Test
    void deactivatePublishesDeactivatedAndTheUpdatedProfile() throws Exception {
        String code = create();

        post(code, "deactivate", "\"0\"");

        List<JsonNode> deactivated = events(code, "customer.deactivated.v1");
        assertThat(deactivated).hasSize(1);
        assertThat(deactivated.get(0).get("data").get("code").asText()).isEqualTo(code);
        assertThat(deactivated.get(0).get("data").get("version").asLong()).isEqualTo(1);
        List<JsonNode> updated = events(code, "customer.updated.v1");
        assertThat(updated).hasSize(1);
        JsonNode data = updated.get(0).get("data");
        assertThat(data.get("changedFields")).extracting(JsonNode::asText).containsExactly("status");
        assertThat(data.get("customer").get("status").asText()).isEqualTo("INACTIVE");
        assertThat(data.get("customer").get("version").asLong()).isEqualTo(1);
    }

    @Test
    void activatePublishesActivatedAndTheUpdatedProfile() throws Exception {
        String code = create();
        post(code, "deactivate", "\"0\"");

        post(code, "activate", "\"1\"");

        List<JsonNode> activated = events(code, "customer.activated.v1");
        assertThat(activated).hasSize(1);
        assertThat(activated.get(0).get("data").get("version").asLong()).isEqualTo(2);
        List<JsonNode> updated = events(code, "customer.updated.v1");
        assertThat(updated).extracting(event -> event.get("data").get("customer").get("status").asText())
                .containsExactly("INACTIVE", "ACTIVE");
    }

    @Test
    void aRefusedDeactivationPublishesNothing() throws Exception {
        String code = create();
        post(code, "deactivate", "\"0\"");

        given().auth().oauth2(SALES).header("If-Match", "\"1\"")
                .when().post("/api/v1/customers/" + code + "/deactivate").then().statusCode(409);

        assertThat(events(code, "customer.deactivated.v1")).hasSize(1);
    }

    private static String create() {
        String code = "STE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        given().auth().oauth2(SALES).contentType(ContentType.JSON)
                .body("""
                        {"code": "%s", "name": "Status Traders", "type": "DEALER", "debtorAccountGroups": ["DOM"]}"""
                        .formatted(code))
                .when().post("/api/v1/customers").then().statusCode(201);
        return code;
    }

    private static void post(String code, String action, String etag) {
        given().auth().oauth2(SALES).header("If-Match", etag)
                .when().post("/api/v1/customers/" + code + "/" + action).then().statusCode(200);
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
