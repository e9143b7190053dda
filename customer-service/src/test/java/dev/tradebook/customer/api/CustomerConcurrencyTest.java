package dev.tradebook.customer.api;

import static dev.tradebook.customer.api.Customers.createMinimal;
import static dev.tradebook.customer.api.Customers.etag;
import static dev.tradebook.customer.api.Customers.get;
import static dev.tradebook.customer.api.Customers.patch;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Two writers holding the same ETag: exactly one wins, the other is told so; no update is lost. */
@QuarkusTest
class CustomerConcurrencyTest {

    @Test
    void ofTwoConcurrentWritersWithTheSameEtagExactlyOneWins() throws Exception {
        for (int round = 0; round < 5; round++) {
            String code = createMinimal("RACE");
            String etag = etag(code);
            CountDownLatch start = new CountDownLatch(1);

            CompletableFuture<Response> a = CompletableFuture.supplyAsync(() -> write(start, code, etag, "RAHUL-VERMA"));
            CompletableFuture<Response> b = CompletableFuture.supplyAsync(() -> write(start, code, etag, "SUNITA-RAO"));
            start.countDown();
            List<Response> answers = List.of(a.get(), b.get());

            List<Integer> statuses = answers.stream().map(Response::statusCode).sorted().toList();
            assertThat(statuses).hasSize(2);
            assertThat(statuses.get(0)).isEqualTo(200);
            assertThat(statuses.get(1)).isIn(409, 412);
            String winner = answers.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow()
                    .path("salesman");
            Response now = get(code);
            assertThat(now.<String>path("salesman")).isEqualTo(winner);
            assertThat(now.<Integer>path("version")).isEqualTo(1);
        }
    }

    private static Response write(CountDownLatch start, String code, String etag, String salesman) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return patch(code, etag, "{\"salesman\": \"" + salesman + "\"}");
    }
}
