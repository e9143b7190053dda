package dev.tradebook.system;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tradebook.local.LocalStack;
import dev.tradebook.local.Service;

/** The operations a running service documents in its {@code /q/openapi}. */
final class OpenApiOperations {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    /** One documented operation and the media type of its request body, if it takes one. */
    record Documented(RoleMatrix.Operation operation, Optional<String> requestType) {
    }

    private OpenApiOperations() {
    }

    static List<Documented> of(LocalStack stack, Service service) {
        String document = given().baseUri(stack.service(service).url()).queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        List<Documented> operations = new ArrayList<>();
        paths(service, document).fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (METHODS.contains(method.getKey())) {
                RoleMatrix.Operation operation = new RoleMatrix.Operation(service.module(),
                        method.getKey().toUpperCase(Locale.ROOT), path.getKey());
                operations.add(new Documented(operation, requestType(method.getValue())));
            }
        }));
        return operations;
    }

    private static JsonNode paths(Service service, String document) {
        try {
            return JSON.readTree(document).path("paths");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(service.module() + "'s /q/openapi is not JSON", e);
        }
    }

    private static Optional<String> requestType(JsonNode operation) {
        Iterator<Map.Entry<String, JsonNode>> content = operation.path("requestBody").path("content").fields();
        return content.hasNext() ? Optional.of(content.next().getKey()) : Optional.empty();
    }
}
