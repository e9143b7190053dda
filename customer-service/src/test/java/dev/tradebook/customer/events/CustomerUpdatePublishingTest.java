package dev.tradebook.customer.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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

/** Every change is published as customer.updated.v1 naming the changed fields; credit terms also on their own. */
@QuarkusTest
class CustomerUpdatePublishingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SALES = Tokens.withRoles("sales");

    @Test
    void patchPublishesTheUpdateWithTheChangedFieldsOnly() throws Exception {
        String code = create();

        patch(code, "\"0\"", "{\"salesman\": \"NEHA-JOSHI\", \"address\": {\"city\": \"PUNE\"}, \"website\": null}");

        List<JsonNode> events = events(code, "customer.updated.v1");
        assertThat(events).hasSize(1);
        JsonNode data = events.get(0).get("data");
        assertThat(data.get("changedFields")).extracting(JsonNode::asText).containsExactly("address", "website", "salesman");
        assertThat(data.get("customer").get("salesman").asText()).isEqualTo("NEHA-JOSHI");
        assertThat(data.get("customer").get("type").asText()).isEqualTo("DEALER");
        assertThat(data.get("customer").get("version").asLong()).isEqualTo(1);
        assertThat(events(code, "customer.credit-terms-changed.v1")).isEmpty();
    }

    @Test
    void creditTermsChangePublishesBothEvents() throws Exception {
        String code = create();

        patch(code, "\"0\"", "{\"creditLimit\": \"75000\", \"creditActionOnInvoice\": \"WARN\", \"paymentTerms\": \"NET45\"}");

        List<JsonNode> updated = events(code, "customer.updated.v1");
        assertThat(updated).hasSize(1);
        assertThat(updated.get(0).get("data").get("changedFields")).extracting(JsonNode::asText)
                .containsExactly("creditLimit", "creditActionOnInvoice", "paymentTerms");
        List<JsonNode> terms = events(code, "customer.credit-terms-changed.v1");
        assertThat(terms).hasSize(1);
        JsonNode data = terms.get(0).get("data");
        assertThat(data.get("code").asText()).isEqualTo(code);
        assertThat(data.get("currency").asText()).isEqualTo("INR");
        assertThat(data.get("creditLimit").asText()).isEqualTo("75000.00");
        assertThat(data.get("creditActionOnOrder").asText()).isEqualTo("STOP");
        assertThat(data.get("creditActionOnInvoice").asText()).isEqualTo("WARN");
        assertThat(data.get("paymentTerms").asText()).isEqualTo("NET45");
        assertThat(data.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void writeThatChangesNothingPublishesNothing() throws Exception {
        String code = create();

        patch(code, "\"0\"", "{\"salesman\": \"ANIL-KUMAR\", \"creditLimit\": \"50000.00\"}");

        assertThat(events(code, "customer.updated.v1")).isEmpty();
    }

    private static String create() {
        String code = "EVT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        given().auth().oauth2(SALES).contentType(ContentType.JSON)
                .body("""
                        {"code": "%s", "name": "Event Traders", "type": "DEALER", "creditLimit": "50000",
                         "salesman": "ANIL-KUMAR", "website": "https://evt.example", "debtorAccountGroups": ["DOM"]}"""
                        .formatted(code))
                .when().post("/api/v1/customers").then().statusCode(201);
        return code;
    }

    private static void patch(String code, String etag, String patch) {
        given().auth().oauth2(SALES).contentType("application/merge-patch+json").header("If-Match", etag).body(patch)
                .when().patch("/api/v1/customers/" + code).then().statusCode(200);
    }

    private static List<JsonNode> events(String code, String type) throws Exception {
        List<ConsumerRecord<String, String>> records = TestTopics.readAll("customer.events",
                record -> code.equals(record.key()), Duration.ofSeconds(5));
        List<JsonNode> found = new java.util.ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            JsonNode event = JSON.readTree(record.value());
            if (event.get("type").asText().equals(type)) {
                found.add(event);
            }
        }
        return found;
    }
}
