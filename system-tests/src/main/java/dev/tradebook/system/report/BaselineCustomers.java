package dev.tradebook.system.report;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.tradebook.local.Database;
import dev.tradebook.local.LocalStack;
import dev.tradebook.local.Service;

/**
 * The customers pgbench orders for, registered as the salesman {@code sales} does over customer-service's API, with
 * the codes order.pgbench builds ({@code codes} + five digits); ready once customer.events brought them all to
 * transaction-service.
 */
final class BaselineCustomers {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Duration ARRIVAL = Duration.ofMinutes(2);

    private final LocalStack stack;
    private final HttpClient http = HttpClient.newHttpClient();

    BaselineCustomers(LocalStack stack) {
        this.stack = stack;
    }

    /** Registers {@code codes00001} … and waits until transaction-service knows every one. */
    void register(String codes, int count) throws IOException, InterruptedException, SQLException {
        String token = token();
        for (int n = 1; n <= count; n++) {
            String code = code(codes, n);
            String body = """
                    {"code": "%s", "name": "Baseline %s", "type": "DEALER", "currency": "INR",
                     "creditLimit": "1000000000", "debtorAccountGroups": ["DOM"]}""".formatted(code, code);
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                    URI.create(stack.service(Service.CUSTOMER).url() + "/api/v1/customers"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .header("Idempotency-Key", "baseline-" + code)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 201) {
                throw new IllegalStateException("customer " + code + " not registered: " + answer.statusCode() + " "
                        + answer.body());
            }
        }
        awaitArrival(codes, count);
    }

    static String code(String codes, int n) {
        return codes + "%05d".formatted(n);
    }

    private void awaitArrival(String codes, int count) throws SQLException, InterruptedException {
        Database database = stack.postgres().database();
        long deadline = System.nanoTime() + ARRIVAL.toNanos();
        try (Connection connection = DriverManager.getConnection(database.url(Service.TRANSACTION.database()),
                database.username(), database.password());
                PreparedStatement arrived = connection.prepareStatement(
                        "select count(*) from credit_account where customer_code like ?")) {
            arrived.setString(1, codes + "%");
            while (true) {
                try (ResultSet result = arrived.executeQuery()) {
                    result.next();
                    long known = result.getLong(1);
                    if (known >= count) {
                        return;
                    }
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException(known + " of " + count + " baseline customers reached "
                                + "transaction-service within " + ARRIVAL);
                    }
                }
                Thread.sleep(500);
            }
        }
    }

    private String token() throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(stack.keycloak().tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&client_id=frontend&username=sales&password=sales"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = ACCESS_TOKEN.matcher(answer.body());
        if (answer.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("Keycloak refused a token for sales: " + answer.body());
        }
        return token.group(1);
    }
}
