package dev.tradebook.customer.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tradebook.platform.testing.TestTopics;
import dev.tradebook.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A contact or address written on its own is published as customer.updated.v1 naming the part. */
@QuarkusTest
class CustomerPartsPublishingTest {

    private static final String SALES = Tokens.withRoles("sales");

    @Test
    void contactAndAddressWritesPublishUpdates() throws Exception {
        String code = SalesEventsTest.create();

        given().auth().oauth2(SALES).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"name\": \"Ravi\"}")
                .when().post("/api/v1/customers/" + code + "/contacts").then().statusCode(201);
        given().auth().oauth2(SALES).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"kind\": \"SHIPPING\", \"name\": \"Warehouse\", \"city\": \"PUNE\"}")
                .when().post("/api/v1/customers/" + code + "/addresses").then().statusCode(201);

        List<ConsumerRecord<String, String>> records = TestTopics.read("customer.events",
                record -> code.equals(record.key()) && record.value().contains("customer.updated.v1"), 2,
                Duration.ofSeconds(30));
        assertThat(records).hasSize(2);
        ObjectMapper json = new ObjectMapper();
        JsonNode contact = json.readTree(records.get(0).value()).get("data");
        JsonNode address = json.readTree(records.get(1).value()).get("data");
        assertThat(contact.get("changedFields")).extracting(JsonNode::asText).containsExactly("contacts");
        assertThat(contact.get("customer").get("version").asLong()).isEqualTo(1);
        assertThat(address.get("changedFields")).extracting(JsonNode::asText).containsExactly("addresses");
        assertThat(address.get("customer").get("version").asLong()).isEqualTo(2);
    }
}
