package dev.tradebook.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.tradebook.local.LocalStack;
import dev.tradebook.local.Service;
import dev.tradebook.local.ServiceProcess;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Races between two instances of transaction-service on one database, as behind a load balancer: concurrent
 * orders for the last credit slot, and one Idempotency-Key sent concurrently with different bodies.
 */
class TwoInstanceRaceIT {

    private static final int RACERS = 50;
    private static final int REPLICA_PORT_OFFSET = 100;

    private static LocalStack stack;
    private static ServiceProcess replica;

    @BeforeAll
    static void startSecondInstance() {
        stack = SystemStack.get();
        replica = stack.service(Service.TRANSACTION).replica(stack.ports().transaction() + REPLICA_PORT_OFFSET);
        replica.start();
        replica.awaitReady();
    }

    @AfterAll
    static void stopSecondInstance() {
        replica.close();
    }

    @Test
    void fiftyOrdersForOneRemainingCreditSlotAcrossTwoInstancesAcceptExactlyOne() throws Exception {
        String sales = KeycloakTokens.of(stack, "sales");
        String code = customerKnownToBothInstances(sales, "100");
        String order = """
                {"customer": "%s", "lines": [{"sku": "SLOT", "description": "The last slot", "quantity": "1",
                 "unitPrice": "60.00", "discountPercent": "0", "taxRate": "0"}]}""".formatted(code);

        List<Response> answers = race(n -> post(instance(n), sales, "/api/v1/sales-orders", order, UUID.randomUUID().toString()));

        assertThat(answers).filteredOn(answer -> answer.statusCode() == 201).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.statusCode() == 422)
                .extracting(answer -> answer.<String>path("type")).hasSize(RACERS - 1)
                .allMatch(type -> type.endsWith("/credit-limit-exceeded"));
        for (String url : List.of(stack.service(Service.TRANSACTION).url(), replica.url())) {
            assertThat(get(url, sales, "/api/v1/customers/" + code + "/credit").<String>path("exposure")).isEqualTo("60.00");
        }
    }

    @Test
    void oneIdempotencyKeySentConcurrentlyWithDifferentBodiesPlacesOneOrder() throws Exception {
        String sales = KeycloakTokens.of(stack, "sales");
        String code = customerKnownToBothInstances(sales, "1000000");
        String key = UUID.randomUUID().toString();

        List<Response> answers = race(n -> post(instance(n), sales, "/api/v1/sales-orders", """
                {"customer": "%s", "lines": [{"sku": "KEY", "description": "Body %d", "quantity": "%d",
                 "unitPrice": "1.00", "discountPercent": "0", "taxRate": "0"}]}""".formatted(code, n, n + 1), key));

        List<Response> placed = answers.stream().filter(answer -> answer.statusCode() == 201).toList();
        assertThat(placed).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.statusCode() != 201)
                .extracting(answer -> answer.<String>path("type"))
                .allMatch(type -> type.endsWith("/idempotency-key-in-progress") || type.endsWith("/idempotency-key-reused"));
        String total = placed.get(0).path("totals.total");
        assertThat(get(stack.service(Service.TRANSACTION).url(), sales, "/api/v1/customers/" + code + "/credit")
                .<String>path("exposure")).isEqualTo(total);
        assertThat(get(replica.url(), sales, "/api/v1/sales-orders?customer=" + code).<Integer>path("total")).isEqualTo(1);
    }

    private String instance(int n) {
        return n % 2 == 0 ? stack.service(Service.TRANSACTION).url() : replica.url();
    }

    private String customerKnownToBothInstances(String token, String creditLimit) {
        String code = "RACE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Response created = given().baseUri(stack.service(Service.CUSTOMER).url()).auth().oauth2(token)
                .contentType(ContentType.JSON).body("""
                        {"code": "%s", "name": "Racing %s", "type": "DEALER", "currency": "INR", "creditLimit": "%s",
                         "creditActionOnOrder": "STOP", "creditActionOnInvoice": "STOP", "debtorAccountGroups": ["DOM"]}"""
                        .formatted(code, code, creditLimit))
                .when().post("/api/v1/customers");
        assertThat(created.statusCode()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(get(stack.service(Service.TRANSACTION).url(), token, "/api/v1/customers/" + code + "/credit").statusCode())
                    .isEqualTo(200);
            assertThat(get(replica.url(), token, "/api/v1/customers/" + code + "/credit").statusCode()).isEqualTo(200);
        });
        return code;
    }

    /** Starts every racer at once (each waits at the gate), half on each instance; their answers in order. */
    private static List<Response> race(RacerRequest request) throws Exception {
        ExecutorService racers = Executors.newFixedThreadPool(RACERS);
        try {
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<Response>> answers = new ArrayList<>();
            for (int n = 0; n < RACERS; n++) {
                int racer = n;
                Callable<Response> run = () -> {
                    gate.await();
                    return request.send(racer);
                };
                answers.add(racers.submit(run));
            }
            gate.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> answer : answers) {
                responses.add(answer.get(120, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            racers.shutdownNow();
        }
    }

    private interface RacerRequest {
        Response send(int racer);
    }

    private static Response post(String url, String token, String path, String json, String idempotencyKey) {
        return given().baseUri(url).auth().oauth2(token).header("Idempotency-Key", idempotencyKey)
                .contentType(ContentType.JSON).body(json).when().post(path);
    }

    private static Response get(String url, String token, String path) {
        return given().baseUri(url).auth().oauth2(token).when().get(path);
    }
}
