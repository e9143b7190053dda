package dev.tradebook.gateway.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Every operation of the portal and integration APIs, whichever resource declares it, documents the edge's own
 * answers, a tag and the bearer token.
 */
@QuarkusTest
class EdgeOpenApiTest {

    private static final List<String> EDGE_ANSWERS = List.of("401", "403", "404", "413", "429", "503");

    @Test
    void everyOperationDocumentsTheEdgesAnswersAsProblems() {
        for (Map.Entry<String, Map<String, Object>> operation : operations(document()).entrySet()) {
            Map<String, Object> responses = responsesOf(operation.getValue());
            assertThat(responses).as(operation.getKey()).containsKeys(EDGE_ANSWERS.toArray(String[]::new));
            for (String status : EDGE_ANSWERS) {
                assertThat(contentOf(responses, status)).as(operation.getKey() + " " + status)
                        .containsKey("application/problem+json");
            }
        }
    }

    @Test
    void rateLimitAndUnavailableAnswersTellWhenToRetry() {
        for (Map.Entry<String, Map<String, Object>> operation : operations(document()).entrySet()) {
            Map<String, Object> responses = responsesOf(operation.getValue());
            for (String status : List.of("429", "503")) {
                assertThat(headersOf(responses, status)).as(operation.getKey() + " " + status).containsKey("Retry-After");
            }
        }
    }

    @Test
    void everyOperationHasATagAndNeedsTheBearerToken() {
        JsonPath document = document();
        Map<String, Map<String, Object>> schemes = document.getMap("components.securitySchemes");
        for (Map.Entry<String, Map<String, Object>> operation : operations(document).entrySet()) {
            assertThat((List<?>) operation.getValue().get("tags")).as(operation.getKey()).isNotEmpty();
            List<Map<String, Object>> security = securityOf(operation.getValue());
            assertThat(security).as(operation.getKey()).isNotEmpty();
            String scheme = security.get(0).keySet().iterator().next();
            assertThat(schemes.get(scheme)).as(operation.getKey()).containsEntry("type", "http").containsEntry("scheme", "bearer");
        }
    }

    @Test
    void documentsTheOperationsOfThePortal() {
        assertThat(operations(document()).keySet()).contains("GET /portal/v1/me", "POST /portal/v1/orders");
    }

    private static JsonPath document() {
        return given().when().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
    }

    /** "METHOD path" → operation, for every path of the portal and integration APIs. */
    private static Map<String, Map<String, Object>> operations(JsonPath document) {
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        Map<String, Map<String, Object>> operations = new TreeMap<>();
        paths.forEach((path, item) -> {
            if (path.startsWith("/portal/v1/") || path.startsWith("/integrations/v1/")) {
                item.forEach((method, operation) -> {
                    if (List.of("get", "put", "post", "delete", "patch").contains(method)) {
                        operations.put(method.toUpperCase() + " " + path, operation);
                    }
                });
            }
        });
        return operations;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> responsesOf(Map<String, Object> operation) {
        return (Map<String, Object>) operation.get("responses");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> contentOf(Map<String, Object> responses, String status) {
        return (Map<String, Object>) ((Map<String, Object>) responses.get(status)).get("content");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> headersOf(Map<String, Object> responses, String status) {
        return (Map<String, Object>) ((Map<String, Object>) responses.get(status)).get("headers");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> securityOf(Map<String, Object> operation) {
        List<Map<String, Object>> security = (List<Map<String, Object>>) operation.get("security");
        return security == null ? new ArrayList<>() : security;
    }
}
