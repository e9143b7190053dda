package dev.tradebook.customer.api;

import static dev.tradebook.customer.api.LeadCalls.SALES;
import static dev.tradebook.customer.api.LeadCalls.convert;
import static dev.tradebook.customer.api.LeadCalls.createRavi;
import static dev.tradebook.customer.api.LeadCalls.get;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** A lead becomes one customer, however its conversion is raced or retried. */
@QuarkusTest
class LeadConversionRaceTest {

    private static final String BODY = "{\"debtorAccountGroups\": [\"DOM\"]}";

    @Test
    void ofTwoConcurrentConversionsExactlyOneCreatesTheCustomer() throws Exception {
        for (int round = 0; round < 5; round++) {
            long id = createRavi("leads");
            CountDownLatch start = new CountDownLatch(1);

            CompletableFuture<Response> a = CompletableFuture.supplyAsync(() -> convertAfter(start, id));
            CompletableFuture<Response> b = CompletableFuture.supplyAsync(() -> convertAfter(start, id));
            start.countDown();
            List<Response> answers = List.of(a.get(), b.get());

            assertThat(answers.stream().map(Response::statusCode).sorted().toList()).containsExactly(201, 409);
            String winner = answers.stream().filter(r -> r.statusCode() == 201).findFirst().orElseThrow().path("code");
            assertThat(get("leads", id).<String>path("customer")).isEqualTo(winner);
        }
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyAnswersTheFirstConversion() {
        long id = createRavi("prospects");
        String key = "convert-" + id;

        String first = withKey(key, id).then().statusCode(201).extract().path("code");
        String retried = withKey(key, id).then().statusCode(201).extract().path("code");

        assertThat(retried).isEqualTo(first);
        assertThat(get("prospects", id).<String>path("customer")).isEqualTo(first);
    }

    private static Response withKey(String key, long id) {
        return given().auth().oauth2(SALES).header("Idempotency-Key", key).contentType(ContentType.JSON).body(BODY)
                .when().post("/api/v1/prospects/" + id + "/convert");
    }

    private static Response convertAfter(CountDownLatch start, long id) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return convert("leads", id, BODY);
    }
}
