package dev.tradebook.gateway.limits;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.testing.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A body over the gateway's 1M limit is refused 413 as problem+json, however it is sent. */
@QuarkusTest
class BodySizeLimitTest {

    private static final int LIMIT = 1024 * 1024;

    @TestHTTPResource("/portal/v1/orders")
    URL orders;

    @Test
    void aBodyDeclaredOverTheLimitIsRefusedUnread() {
        given().auth().oauth2(Tokens.forCustomer("SZ0001")).contentType(ContentType.JSON).body(cartOf(LIMIT + 1))
                .when().post("/portal/v1/orders")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", endsWith("/payload-too-large")).body("status", equalTo(413))
                .body("maxBodySize", equalTo(LIMIT));
    }

    @Test
    void aChunkedBodyGrowingOverTheLimitIsRefused() throws Exception {
        byte[] body = cartOf(LIMIT + 1).getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(orders.toString()))
                .header("Authorization", Tokens.bearer(Tokens.forCustomer("SZ0002")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();

        // HTTP/1.1 as an API client sends it: the JDK's default first tries an h2c upgrade, which the refusal cuts short.
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":413");
    }

    @Test
    void aBodyWithinTheLimitIsRead() {
        given().auth().oauth2(Tokens.forCustomer("SZ0003")).contentType(ContentType.JSON).body(cartOf(LIMIT - 1024))
                .when().post("/portal/v1/orders")
                .then().statusCode(400).body("violations.field", hasItem("padding"));
    }

    /** A cart padded to the given size with a field the gateway does not know. */
    private static String cartOf(int size) {
        String start = "{\"lines\": [], \"padding\": \"";
        String end = "\"}";
        return start + "x".repeat(size - start.length() - end.length()) + end;
    }
}
