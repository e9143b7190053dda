package dev.tradebook.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.runtime.retention.RetentionSweep;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** The platform's bookkeeping rows go once past their retention, and not before. */
@QuarkusTest
class RetentionSweepTest {

    @Inject
    RetentionSweep sweep;

    @Inject
    AgroalDataSource database;

    @Test
    void deletesOnlyRowsPastTheirRetention() throws SQLException {
        Instant now = Instant.now();
        String oldSent = outbox(now.minus(8, ChronoUnit.DAYS), now.minus(8, ChronoUnit.DAYS));
        String freshSent = outbox(now.minus(1, ChronoUnit.DAYS), now.minus(1, ChronoUnit.DAYS));
        String oldPending = outbox(now.minus(9, ChronoUnit.DAYS), null);
        String oldApplied = inbox(now.minus(31, ChronoUnit.DAYS));
        String freshApplied = inbox(now.minus(29, ChronoUnit.DAYS));

        sweep.sweep();

        assertThat(exists("select 1 from outbox_event where id = ?::uuid", oldSent)).isFalse();
        assertThat(exists("select 1 from outbox_event where id = ?::uuid", freshSent)).isTrue();
        assertThat(exists("select 1 from outbox_event where id = ?::uuid", oldPending)).as("never delete unsent").isTrue();
        assertThat(exists("select 1 from inbox_event where event_id = ?", oldApplied)).isFalse();
        assertThat(exists("select 1 from inbox_event where event_id = ?", freshApplied)).isTrue();
    }

    private String outbox(Instant created, Instant sent) throws SQLException {
        String id = UUID.randomUUID().toString();
        execute("insert into outbox_event (id, aggregatetype, aggregateid, type, payload, created_at, sent_at) values ('"
                + id + "', 'customer.events', 'C1', 'customer.created.v1', '{}', '" + created + "', "
                + (sent == null ? "null" : "'" + sent + "'") + ")");
        return id;
    }

    private String inbox(Instant received) throws SQLException {
        String id = UUID.randomUUID().toString();
        execute("insert into inbox_event (event_id, type, source, subject, received_at) values ('" + id
                + "', 'customer.created.v1', '/test', 'C1', '" + received + "')");
        return id;
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private boolean exists(String sql, String id) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, id);
            try (ResultSet result = statement.executeQuery()) {
                return result.next();
            }
        }
    }
}
