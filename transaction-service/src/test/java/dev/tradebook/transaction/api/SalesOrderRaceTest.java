package dev.tradebook.transaction.api;

import static dev.tradebook.transaction.CreditEndpoint.creditOf;
import static dev.tradebook.transaction.support.Orders.line;
import static dev.tradebook.transaction.support.Orders.order;
import static dev.tradebook.transaction.support.Orders.place;
import static dev.tradebook.transaction.support.Orders.placeWithKey;
import static dev.tradebook.transaction.support.Orders.placed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradebook.transaction.support.TestCustomers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * 50 orders that each fit the credit limit only alone, sent at once over HTTP. Each request reads the
 * exposure, checks it and adds to it. The row lock on the credit account (SELECT ... FOR NO KEY UPDATE in
 * OrderingAccounts.lock, the JDBC read of the order path) makes them take turns. With the lock removed this
 * test was run and failed: the requests read exposure 0 and passed the check, and the optimistic version on
 * the row (PlacedOrders' update) then failed most of them with 409 instead of a credit refusal (a blind
 * update would have accepted them all). The keyed orders of the second test take the plain JDBC transaction's
 * path (no JTA) under the same lock; it too failed with the lock removed. The third test shows the requests really
 * overlap in time, so the first two prove the lock rather than luck.
 */
@QuarkusTest
class SalesOrderRaceTest {

    private static final int ORDERS = 50;

    @Inject
    TestCustomers customers;

    record Outcome(int status, String type, long startedNanos, long endedNanos) {
    }

    @Test
    void fiftyConcurrentOrdersThatEachFitOnlyAloneEndWithExactlyOneAccepted() throws Exception {
        String customer = customers.create("RACE", "EUR", "100", "STOP");

        List<Outcome> outcomes = placeAtOnce(customer, "60.00", false);

        assertExactlyOneAccepted(outcomes);
        creditOf(customer).body("exposure", equalTo("60.00"));
    }

    /** With Idempotency-Keys, for a customer with documents: each order runs in a plain JDBC transaction. */
    @Test
    void fiftyConcurrentKeyedOrdersThatEachFitOnlyAloneEndWithExactlyOneAccepted() throws Exception {
        String customer = customers.create("RACEK", "EUR", "100", "STOP");
        placed(customer, "1", "1.00");

        List<Outcome> outcomes = placeAtOnce(customer, "60.00", true);

        assertExactlyOneAccepted(outcomes);
        creditOf(customer).body("exposure", equalTo("61.00"));
    }

    @Test
    void concurrentOrdersOverlapInTimeAndGetDistinctNumbers() throws Exception {
        String customer = customers.create("PAR", "EUR", "0", "STOP");

        List<Outcome> outcomes = placeAtOnce(customer, "1.00", false);

        assertThat(mostInFlightAtOnce(outcomes)).as("requests in flight at the same moment").isGreaterThanOrEqualTo(10);
        assertThat(outcomes).allSatisfy(o -> assertThat(o.status()).isEqualTo(201));
        assertThat(outcomes.stream().map(Outcome::type).distinct()).hasSize(ORDERS);
        creditOf(customer).body("exposure", equalTo("50.00"));
    }

    private static void assertExactlyOneAccepted(List<Outcome> outcomes) {
        assertThat(outcomes.stream().filter(o -> o.status() == 201)).hasSize(1);
        assertThat(outcomes.stream().filter(o -> o.status() == 422))
                .hasSize(ORDERS - 1)
                .allSatisfy(o -> assertThat(o.type()).endsWith("/credit-limit-exceeded"));
    }

    /** The largest number of requests that had been sent and not yet answered at one moment. */
    private static int mostInFlightAtOnce(List<Outcome> outcomes) {
        int most = 0;
        for (Outcome outcome : outcomes) {
            long moment = outcome.startedNanos();
            int inFlight = (int) outcomes.stream()
                    .filter(o -> o.startedNanos() <= moment && o.endedNanos() > moment).count();
            most = Math.max(most, inFlight);
        }
        return most;
    }

    /** Sends ORDERS orders from as many threads released together; type is the problem type, or the number. */
    private static List<Outcome> placeAtOnce(String customer, String unitPrice, boolean keyed) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(ORDERS);
        try {
            CountDownLatch ready = new CountDownLatch(ORDERS);
            CountDownLatch go = new CountDownLatch(1);
            List<Callable<Outcome>> calls = new ArrayList<>();
            for (int i = 0; i < ORDERS; i++) {
                calls.add(() -> {
                    ready.countDown();
                    go.await();
                    long started = System.nanoTime();
                    Object body = order(customer, line("1", unitPrice));
                    ExtractableResponse<Response> response = (keyed ? placeWithKey(UUID.randomUUID().toString(), body)
                            : place(body)).extract();
                    long ended = System.nanoTime();
                    String type = response.statusCode() == 201 ? response.path("number") : response.path("type");
                    return new Outcome(response.statusCode(), type, started, ended);
                });
            }
            List<Future<Outcome>> futures = calls.stream().map(pool::submit).toList();
            ready.await();
            go.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
