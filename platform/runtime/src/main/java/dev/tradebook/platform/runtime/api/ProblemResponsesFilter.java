package dev.tradebook.platform.runtime.api;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the error answers of every {@code /api} operation as application/problem+json, so that
 * each resource declares only its success responses and errors particular to it, and no resource
 * repeats the same ten lines of annotations.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM = "#/components/schemas/" + ProblemResponses.PROBLEM_SCHEMA;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        components.addSchema(ProblemResponses.PROBLEM_SCHEMA, problemSchema());
        openAPI.setComponents(components);
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/") || path.startsWith("/portal/") || path.startsWith("/integrations/")) {
                item.getOperations().forEach((method, operation) -> document(path, method, operation));
            }
        });
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        boolean writes = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE;
        boolean revises = method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH
                || method == PathItem.HttpMethod.DELETE;
        add(responses, "400", "Malformed request, unknown field or failed validation; `violations` name the fields",
                writes || operation.getParameters() != null);
        add(responses, "401", "No bearer token, or an invalid or expired one", true);
        add(responses, "403", "The token's roles do not allow this operation", true);
        add(responses, "404", "Nothing exists at this path", path.contains("{"));
        add(responses, "409", "Conflicts with the current state (a taken code, a concurrent change, an Idempotency-Key in use)",
                writes);
        add(responses, "412", "If-Match is not the current version: read again and retry", revises);
        add(responses, "422", "A business rule refused the request; `violations` name the fields", writes);
        add(responses, "428", "If-Match is missing", revises);
        operation.setResponses(responses);
    }

    /** Adds the answer, or its problem+json body where SmallRye added the status without one (401, 403, 400). */
    private static void add(APIResponses responses, String status, String description, boolean applies) {
        APIResponse declared = responses.getAPIResponse(status);
        if (declared != null) {
            if (declared.getContent() == null) {
                declared.content(problemContent());
            }
            return;
        }
        if (applies) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description).content(problemContent()));
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(ProblemResponses.PROBLEM_JSON_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)));
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema violation = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .properties(Map.of("field", text, "message", text));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .required(List.of("type", "title", "status"))
                .properties(Map.of(
                        "type", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                                .examples(List.of("https://tradebook.dev/problems/validation")),
                        "title", text,
                        "status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER),
                        "detail", text,
                        "violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(violation)));
    }
}
