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

/** Placing and releasing a manual hold is published as customer.hold-changed.v1. */
@QuarkusTest
class CustomerHoldPublishingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SALES = Tokens.forUser("priya", "sales");
    private static final String ACCOUNTS = Tokens.withRoles("accounts");

    @Test
    void holdPublishesTheManualReason() throws Exception {
        String code = create();

        given().auth().oauth2(ACCOUNTS).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"reason\": \"Cheque bounced\"}")
                .when().put("/api/v1/customers/" + code + "/hold").then().statusCode(200);

        List<JsonNode> events = events(code, "customer.hold-changed.v1");
        assertThat(events).hasSize(1);
        JsonNode data = events.get(0).get("data");
        assertThat(data.get("code").asText()).isEqualTo(code);
        assertThat(data.get("onHold").asBoolean()).isTrue();
        assertThat(data.get("holdReasons")).extracting(JsonNode::asText).containsExactly("MANUAL");
        assertThat(data.get("manualReason").asText()).isEqualTo("Cheque bounced");
        assertThat(data.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void releasePublishesTheCustomerOffHold() throws Exception {
        String code = create();
        given().auth().oauth2(ACCOUNTS).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"reason\": \"Cheque bounced\"}")
                .when().put("/api/v1/customers/" + code + "/hold").then().statusCode(200);

        given().auth().oauth2(ACCOUNTS).header("If-Match", "\"1\"")
                .when().delete("/api/v1/customers/" + code + "/hold").then().statusCode(200);

        List<JsonNode> events = events(code, "customer.hold-changed.v1");
        assertThat(events).hasSize(2);
        JsonNode data = events.get(1).get("data");
        assertThat(data.get("onHold").asBoolean()).isFalse();
        assertThat(data.get("holdReasons")).isEmpty();
        assertThat(data.get("manualReason").isNull()).isTrue();
        assertThat(data.get("version").asLong()).isEqualTo(2);
    }

    private static String create() {
        String code = "HLE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        given().auth().oauth2(SALES).contentType(ContentType.JSON)
                .body("""
                        {"code": "%s", "name": "Hold Traders", "type": "DEALER", "debtorAccountGroups": ["DOM"]}"""
                        .formatted(code))
                .when().post("/api/v1/customers").then().statusCode(201);
        return code;
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
