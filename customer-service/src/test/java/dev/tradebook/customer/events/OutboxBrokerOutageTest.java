package dev.tradebook.customer.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.tradebook.platform.testing.KafkaTestResource;
import dev.tradebook.platform.testing.TestTopics;
import dev.tradebook.platform.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A customer committed while Kafka is down is published once Kafka is back: nothing lost, nothing doubled. */
@QuarkusTest
class OutboxBrokerOutageTest {

    @Inject
    AgroalDataSource database;

    @AfterEach
    void brokerIsBack() {
        KafkaTestResource.startBroker();
    }

    @Test
    void customersCommittedDuringAnOutageArePublishedOnceInOrderAfterIt() throws SQLException {
        KafkaTestResource.stopBroker();

        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            codes.add(given().auth().oauth2(Tokens.withRoles("sales")).contentType(ContentType.JSON)
                    .body("{\"name\": \"Outage " + i + "\", \"type\": \"CUSTOMER\", \"debtorAccountGroups\": [\"DOM\"]}")
                    .when().post("/api/v1/customers")
                    .then().statusCode(201).extract().<String>path("code"));
        }
        assertThat(pending(codes)).isEqualTo(3);
        given().when().get("/q/metrics").then().statusCode(200);

        KafkaTestResource.startBroker();

        await().atMost(Duration.ofSeconds(90)).until(() -> pending(codes) == 0);
        List<ConsumerRecord<String, String>> records = TestTopics.readAll("customer.events",
                record -> codes.contains(record.key()), Duration.ofSeconds(10));
        assertThat(records).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(codes);
    }

    private long pending(List<String> codes) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select count(*) from outbox_event where sent_at is null and aggregateid = any (?)")) {
            statement.setArray(1, connection.createArrayOf("varchar", codes.toArray()));
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
