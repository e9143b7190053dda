package dev.tradebook.customer.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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

@QuarkusTest
class CustomerCreatedPublishingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void createdCustomerIsPublishedOnceAsACloudEventKeyedByItsCode() throws Exception {
        String code = given().auth().oauth2(Tokens.withRoles("sales-admin")).contentType(ContentType.JSON)
                .body("""
                        {"name": "Published Ltd", "currency": "USD", "creditLimit": "2500",
                         "type": "CUSTOMER", "debtorAccountGroups": ["EXP", "DOM"]}""")
                .when().post("/api/v1/customers")
                .then().statusCode(201).extract().path("code");

        List<ConsumerRecord<String, String>> records = TestTopics.readAll("customer.events",
                record -> code.equals(record.key()), Duration.ofSeconds(10));

        assertThat(records).hasSize(1);
        JsonNode event = JSON.readTree(records.get(0).value());
        assertThat(event.get("specversion").asText()).isEqualTo("1.0");
        assertThat(event.get("type").asText()).isEqualTo("customer.created.v1");
        assertThat(event.get("source").asText()).isEqualTo("/customer-service");
        assertThat(event.get("subject").asText()).isEqualTo(code);
        assertThat(event.get("datacontenttype").asText()).isEqualTo("application/json");
        JsonNode customer = event.get("data").get("customer");
        assertThat(customer.get("code").asText()).isEqualTo(code);
        assertThat(customer.get("name").asText()).isEqualTo("Published Ltd");
        assertThat(customer.get("currency").asText()).isEqualTo("USD");
        assertThat(customer.get("creditLimit").asText()).isEqualTo("2500.00");
        assertThat(customer.get("type").asText()).isEqualTo("CUSTOMER");
        assertThat(customer.get("creditActionOnOrder").asText()).isEqualTo("STOP");
        assertThat(customer.get("creditActionOnInvoice").asText()).isEqualTo("STOP");
        assertThat(customer.get("debtorAccountGroups")).extracting(JsonNode::asText).containsExactly("EXP", "DOM");
        assertThat(new String(records.get(0).headers().lastHeader("id").value(), StandardCharsets.UTF_8))
                .isEqualTo(event.get("id").asText());
    }
}
