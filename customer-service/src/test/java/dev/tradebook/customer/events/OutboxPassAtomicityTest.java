package dev.tradebook.customer.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import dev.tradebook.platform.testing.TestTopics;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A relay pass is published whole or not at all: when one of its rows cannot be published (here one too large
 * for the broker), a reader of committed records sees none of the pass, not the rows around the failed one — so a
 * customer's later event can never overtake an earlier one that is retried. Once the row is gone, the others
 * arrive once each, in order.
 */
@QuarkusTest
class OutboxPassAtomicityTest {

    private static final String TOPIC = "outbox.atomicity-test";

    @Inject
    AgroalDataSource database;

    @Test
    void aPassWithARowThatFailsPublishesNoneOfItsRows() throws SQLException {
        String customer = "ATOM" + UUID.randomUUID().toString().substring(0, 8);
        UUID first = UUID.randomUUID();
        UUID tooLarge = UUID.randomUUID();
        UUID last = UUID.randomUUID();
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            insert(connection, first, customer, "{\"n\": 1}");
            insert(connection, tooLarge, customer, "{\"blob\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}");
            insert(connection, last, customer, "{\"n\": 3}");
            connection.commit();
        }
        try {
            assertThat(TestTopics.readAll(TOPIC, record -> customer.equals(record.key()), Duration.ofSeconds(5))).isEmpty();
            assertThat(pending(customer)).isEqualTo(3);
        } finally {
            delete(tooLarge);
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> pending(customer) == 0);
        List<ConsumerRecord<String, String>> published = TestTopics.readAll(TOPIC,
                record -> customer.equals(record.key()), Duration.ofSeconds(5));
        assertThat(published).extracting(ConsumerRecord::value).containsExactly("{\"n\": 1}", "{\"n\": 3}");
    }

    private static void insert(Connection connection, UUID id, String customer, String payload) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into outbox_event (id, aggregatetype, aggregateid, type, payload, created_at)
                values (?, ?, ?, 'test.atomicity.v1', cast(? as jsonb), now())""")) {
            insert.setObject(1, id);
            insert.setString(2, TOPIC);
            insert.setString(3, customer);
            insert.setString(4, payload);
            insert.executeUpdate();
        }
    }

    private void delete(UUID id) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement delete = connection.prepareStatement("delete from outbox_event where id = ?")) {
            delete.setObject(1, id);
            delete.executeUpdate();
        }
    }

    private long pending(String customer) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "select count(*) from outbox_event where sent_at is null and aggregateid = ?")) {
            count.setString(1, customer);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
