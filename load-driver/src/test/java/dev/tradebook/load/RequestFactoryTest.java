package dev.tradebook.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RequestFactoryTest {

    private final RequestFactory factory = new RequestFactory(URI.create("http://localhost:1/orders"),
            "{\"customer\": \"{customer}\"}", List.of("C1", "C2", "C3"), Map.of("Authorization", "Bearer t"));

    @Test
    void givesTheCustomersTheirTurnsInOrder() {
        assertThat(List.of(factory.body(0), factory.body(1), factory.body(2), factory.body(3)))
                .containsExactly("{\"customer\": \"C1\"}", "{\"customer\": \"C2\"}", "{\"customer\": \"C3\"}",
                        "{\"customer\": \"C1\"}");
    }

    @Test
    void everyRequestHasItsOwnIdempotencyKeyAndTheFixedHeaders() {
        HttpRequest first = factory.request(0);
        HttpRequest second = factory.request(0);

        assertThat(first.headers().firstValue("Idempotency-Key"))
                .isNotEqualTo(second.headers().firstValue("Idempotency-Key"));
        assertThat(first.headers().firstValue("Authorization")).contains("Bearer t");
        assertThat(first.method()).isEqualTo("POST");
    }
}
