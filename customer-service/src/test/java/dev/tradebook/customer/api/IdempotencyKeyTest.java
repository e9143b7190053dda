package dev.tradebook.customer.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class IdempotencyKeyTest {

    private static final String SALES = Tokens.forUser("idem-sales", "sales");

    @Inject
    AgroalDataSource database;

    @Test
    void retryWithSameKeyAndBodyReplaysTheFirstResponseAndCreatesNothing() throws SQLException {
        String key = UUID.randomUUID().toString();
        String name = "Replay " + key.substring(0, 8);
        String body = "{\"name\": \"" + name + "\", \"type\": \"CUSTOMER\", \"debtorAccountGroups\": [\"DOM\"]}";

        Response first = create(SALES, key, body);
        Response retry = create(SALES, key, "{ \"type\": \"CUSTOMER\", \"debtorAccountGroups\": [\"DOM\"],  \"name\": \"" + name + "\" }");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.<String>path("code")).isEqualTo(first.path("code"));
        assertThat(count("select count(*) from customer where name = ?", name)).isEqualTo(1);
        assertThat(count("select count(*) from outbox_event where aggregateid = ?", first.path("code"))).isEqualTo(1);
    }

    @Test
    void sameKeyWithAnotherBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        create(SALES, key, "{\"name\": \"First body\", \"type\": \"CUSTOMER\", \"debtorAccountGroups\": [\"DOM\"]}").then().statusCode(201);

        create(SALES, key, "{\"name\": \"Second body\", \"type\": \"CUSTOMER\", \"debtorAccountGroups\": [\"DOM\"]}")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("/idempotency-key-reused"));
    }

    @Test
    void sameKeyWhileTheFirstRequestRunsIsAConflict() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = "Slow " + key.substring(0, 8);
        String body = "{\"name\": \"" + name + "\", \"type\": \"CUSTOMER\", \"debtorAccountGroups\": [\"DOM\"]}";
        CompletableFuture<Response> first;
        try (Connection blocker = database.getConnection()) {
            blocker.setAutoCommit(false);
            try (Statement lock = blocker.createStatement()) {
                lock.execute("lock table customer in access exclusive mode");
            }
            first = CompletableFuture.supplyAsync(() -> create(SALES, key, body));
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> count("select count(*) from idempotency_key where idempotency_key = ?", key) == 1);

            create(SALES, key, body)
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("type", endsWith("/idempotency-key-in-progress"));
            blocker.commit();
        }

        assertThat(first.get().statusCode()).isEqualTo(201);
        create(SALES, key, body).then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(count("select count(*) from customer where name = ?", name)).isEqualTo(1);
    }

    @Test
    void keysOfDifferentCallersDoNotCollide() {
        String key = UUID.randomUUID().toString();
        String body = "{\"name\": \"Two callers\", \"type\": \"CUSTOMER\", \"debtorAccountGroups\": [\"DOM\"]}";

        String firstCode = create(SALES, key, body).then().statusCode(201).extract().path("code");
        String secondCode = create(Tokens.forUser("idem-other", "sales"), key, body).then().statusCode(201)
                .extract().path("code");

        assertThat(secondCode).isNotEqualTo(firstCode);
    }

    @Test
    void failedRequestDoesNotKeepItsKey() throws SQLException {
        String key = UUID.randomUUID().toString();
        String taken = "IDEM-" + key.substring(0, 8).toUpperCase();
        create(SALES, UUID.randomUUID().toString(),
                "{\"code\": \"" + taken + "\", \"name\": \"Holder\", \"type\": \"CUSTOMER\", \"debtorAccountGroups\": [\"DOM\"]}").then().statusCode(201);

        String clash = "{\"code\": \"" + taken + "\", \"name\": \"Clash\", \"type\": \"CUSTOMER\", \"debtorAccountGroups\": [\"DOM\"]}";
        create(SALES, key, clash).then().statusCode(409);
        create(SALES, key, clash).then().statusCode(409).body("type", endsWith("/customer-code-taken"));

        assertThat(count("select count(*) from idempotency_key where idempotency_key = ?", key)).isZero();
    }

    @Test
    void overlongKeyIsABadRequest() {
        create(SALES, "k".repeat(256), "{\"name\": \"Long key\", \"type\": \"CUSTOMER\", \"debtorAccountGroups\": [\"DOM\"]}")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("Idempotency-Key"));
    }

    private static Response create(String token, String key, String body) {
        return given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/customers");
    }

    private long count(String sql, String parameter) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
