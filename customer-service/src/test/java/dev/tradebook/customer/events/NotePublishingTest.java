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

/** A note is published as customer.note-added.v1, keyed by the customer's code. */
@QuarkusTest
class NotePublishingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SALES = Tokens.forUser("priya", "sales");

    @Test
    void aNoteIsPublishedWithItsTextAndAuthor() throws Exception {
        String code = "NOTE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        given().auth().oauth2(SALES).contentType(ContentType.JSON)
                .body("{\"code\": \"%s\", \"name\": \"Note Traders\", \"type\": \"DEALER\", \"debtorAccountGroups\": [\"DOM\"]}"
                        .formatted(code))
                .when().post("/api/v1/customers").then().statusCode(201);

        long id = given().auth().oauth2(SALES).contentType(ContentType.JSON).body("{\"text\": \"Wants weekly visits\"}")
                .when().post("/api/v1/customers/" + code + "/notes").then().statusCode(201)
                .extract().jsonPath().getLong("id");

        List<ConsumerRecord<String, String>> records = TestTopics.read("customer.events",
                record -> code.equals(record.key()) && record.value().contains("customer.note-added.v1"), 1,
                Duration.ofSeconds(20));
        assertThat(records).hasSize(1);
        JsonNode data = JSON.readTree(records.get(0).value()).get("data");
        assertThat(data.get("code").asText()).isEqualTo(code);
        assertThat(data.get("id").asLong()).isEqualTo(id);
        assertThat(data.get("text").asText()).isEqualTo("Wants weekly visits");
        assertThat(data.get("author").asText()).isEqualTo("priya");
    }
}
