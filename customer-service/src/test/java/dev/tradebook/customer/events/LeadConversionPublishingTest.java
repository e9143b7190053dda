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

/** A conversion publishes customer.created.v1 and customer.lead-converted.v1, keyed by the new customer's code. */
@QuarkusTest
class LeadConversionPublishingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SALES = Tokens.forUser("priya", "sales");

    @Test
    void aConversionPublishesTheNewCustomerAndWhereItCameFrom() throws Exception {
        long id = given().auth().oauth2(SALES).contentType(ContentType.JSON)
                .body("{\"name\": \"Event Traders\", \"email\": \"sales@event.example\"}")
                .when().post("/api/v1/prospects").then().statusCode(201).extract().jsonPath().getLong("id");
        String code = "EV-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);

        given().auth().oauth2(SALES).contentType(ContentType.JSON)
                .body("{\"code\": \"%s\", \"debtorAccountGroups\": [\"DOM\"]}".formatted(code))
                .when().post("/api/v1/prospects/" + id + "/convert").then().statusCode(201);

        List<ConsumerRecord<String, String>> records = TestTopics.read("customer.events",
                record -> code.equals(record.key()), 2, Duration.ofSeconds(20));
        List<JsonNode> events = records.stream().map(LeadConversionPublishingTest::parse).toList();
        assertThat(events).extracting(event -> event.get("type").asText())
                .containsExactly("customer.created.v1", "customer.lead-converted.v1");
        JsonNode converted = events.get(1).get("data");
        assertThat(converted.get("code").asText()).isEqualTo(code);
        assertThat(converted.get("kind").asText()).isEqualTo("PROSPECT");
        assertThat(converted.get("id").asLong()).isEqualTo(id);
        assertThat(converted.get("convertedBy").asText()).isEqualTo("priya");
        assertThat(events.get(0).get("data").get("customer").get("name").asText()).isEqualTo("Event Traders");
    }

    private static JsonNode parse(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
