package dev.tradebook.customer.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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

@QuarkusTest
class CustomerImportPublishingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = Tokens.withRoles("sales-admin");

    @Test
    void everyImportedCustomerIsPublishedOnceAndARefusedRowNotAtAll() throws Exception {
        String prefix = "IEV-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        String file = "code,name,type,debtorAccountGroups\n"
                + prefix + "-1,Evented One,CUSTOMER,DOM\n"
                + prefix + "-2,Evented Two,CUSTOMER,NOPE\n"
                + prefix + "-3,Evented Three,DEALER,EXP\n";
        String id = given().auth().oauth2(ADMIN).contentType("text/csv").body(file)
                .when().post("/api/v1/customer-imports").then().statusCode(202).extract().path("id");
        await().atMost(Duration.ofSeconds(30)).until(() -> !"RUNNING".equals(given().auth().oauth2(ADMIN)
                .when().get("/api/v1/customer-imports/" + id).then().extract().path("status")));

        List<ConsumerRecord<String, String>> records = TestTopics.readAll("customer.events",
                record -> record.key() != null && record.key().startsWith(prefix), Duration.ofSeconds(10));

        assertThat(records).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(prefix + "-1", prefix + "-3");
        for (ConsumerRecord<String, String> record : records) {
            JsonNode event = JSON.readTree(record.value());
            assertThat(event.get("type").asText()).isEqualTo("customer.created.v1");
            assertThat(event.get("data").get("customer").get("version").asLong()).isZero();
        }
    }
}
