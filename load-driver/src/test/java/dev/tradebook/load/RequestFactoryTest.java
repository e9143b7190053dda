package dev.tradebook.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

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
        RequestOptions first = factory.request();
        RequestOptions second = factory.request();

        assertThat(first.getHeaders().get("Idempotency-Key")).isNotEqualTo(second.getHeaders().get("Idempotency-Key"));
        assertThat(first.getHeaders().get("Authorization")).isEqualTo("Bearer t");
        assertThat(first.getMethod()).isEqualTo(HttpMethod.POST);
        assertThat(first.getURI()).isEqualTo("/orders");
        assertThat(first.getPort()).isEqualTo(1);
    }
}
