package dev.tradebook.customer.reference.api;

import static dev.tradebook.customer.reference.api.ReferenceApi.PROBLEM;
import static dev.tradebook.customer.reference.api.ReferenceApi.asAdmin;
import static dev.tradebook.customer.reference.api.ReferenceApi.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Two administrators register the same code at the same moment: both find it free, one insert wins and the
 * other answers 409 like any taken code, not 500. The rival is an uncommitted row, so the race is certain.
 */
@QuarkusTest
class ConcurrentCreationTest {

    @Inject
    AgroalDataSource database;

    @Test
    void theLoserOfARaceForACodeGetsConflict() throws Exception {
        String code = unique("RACE");
        CompletableFuture<Response> loser;
        try (Connection rival = database.getConnection()) {
            rival.setAutoCommit(false);
            try (PreparedStatement insert = rival.prepareStatement(
                    "insert into corporate (code, name, active, version) values (?, 'Rival', true, 0)")) {
                insert.setString(1, code);
                insert.executeUpdate();
            }
            loser = CompletableFuture.supplyAsync(() -> asAdmin()
                    .body("{\"code\": \"" + code + "\", \"name\": \"Loser\"}").when().post("/api/v1/corporates"));
            await().atMost(Duration.ofSeconds(20)).until(this::anInsertWaitsForALock);
            rival.commit();
        }

        Response answer = loser.get();
        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(answer.contentType()).startsWith(PROBLEM);
        assertThat(answer.<String>path("type")).endsWith("/corporate-code-taken");
    }

    private boolean anInsertWaitsForALock() throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                                + " and query like 'insert into corporate%'");
                ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1) > 0;
        }
    }
}
