package dev.tradebook.gateway.api;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import dev.tradebook.platform.runtime.api.ProblemResponses;
import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * The gateway's one document for its two APIs: every operation of the portal and the integration API carries a
 * tag, the bearer token requirement, and the answers the edge itself may give to any request (token, roles,
 * another customer's data, body size, rate limit, a service down), so that no resource repeats them and an
 * operation added later has them too.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class EdgeOpenApiFilter implements OASFilter {

    /** The APIs by path prefix, and the tag of an operation that names none. */
    private static final Map<String, String> APIS = Map.of("/portal/v1/", "portal", "/integrations/v1/", "integrations");

    private static final Map<String, String> EDGE_ANSWERS = edgeAnswers();

    private static final String PROBLEM = "#/components/schemas/" + ProblemResponses.PROBLEM_SCHEMA;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        String bearer = bearerScheme(openAPI);
        openAPI.getPaths().getPathItems().forEach((path, item) -> APIS.forEach((prefix, tag) -> {
            if (path.startsWith(prefix)) {
                item.getOperations().values().forEach(operation -> document(operation, tag, bearer));
            }
        }));
    }

    private static void document(Operation operation, String tag, String bearer) {
        if (operation.getTags() == null || operation.getTags().isEmpty()) {
            operation.addTag(tag);
        }
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(bearer));
        }
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        EDGE_ANSWERS.forEach((status, description) -> {
            APIResponse answer = responses.getAPIResponse(status);
            if (answer == null) {
                answer = OASFactory.createAPIResponse().description(description);
                responses.addAPIResponse(status, answer);
            }
            if (answer.getContent() == null) {
                answer.content(problemContent());
            }
            if (status.equals("429") || status.equals("503")) {
                answer.addHeader("Retry-After", retryAfter());
            }
        });
        operation.setResponses(responses);
    }

    /** The bearer scheme Quarkus declares (quarkus.smallrye-openapi.security-scheme=jwt), or one of ours. */
    private static String bearerScheme(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Map<String, SecurityScheme> schemes = openAPI.getComponents().getSecuritySchemes();
        if (schemes != null) {
            for (Map.Entry<String, SecurityScheme> scheme : schemes.entrySet()) {
                if ("bearer".equalsIgnoreCase(scheme.getValue().getScheme())) {
                    return scheme.getKey();
                }
            }
        }
        openAPI.getComponents().addSecurityScheme("bearer", OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT"));
        return "bearer";
    }

    private static Header retryAfter() {
        return OASFactory.createHeader().description("seconds to wait before sending the request again")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(BigDecimal.ONE));
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(ProblemResponses.PROBLEM_JSON_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)));
    }

    private static Map<String, String> edgeAnswers() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("401", "No bearer token, or an invalid or expired one");
        answers.put("403", "The token's roles do not allow this operation (or a portal token lacks its customer)");
        answers.put("404", "Nothing here for the caller: an unknown path or id, or another customer's anything");
        answers.put("413", "The request body is larger than the gateway accepts (1 MiB by default)");
        answers.put("429", "Over the caller's rate limit (per client, user or address); see Retry-After");
        answers.put("503", "A service behind the gateway is down, too slow or given a rest; see Retry-After");
        return answers;
    }
}
