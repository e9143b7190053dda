package dev.tradebook.system;

import static io.restassured.RestAssured.given;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.tradebook.local.LocalStack;
import dev.tradebook.local.Service;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Calls one documented operation the way a caller who knows nothing about the data would: path parameters of the
 * probe's customer or of documents that don't exist, an empty JSON object as body and no {@code If-Match}. What
 * passes authorization is then refused for its input (400, 404, 428...), so probing changes nothing.
 */
final class AuthorizationProbe {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH");

    private final LocalStack stack;
    private final String customer;

    AuthorizationProbe(LocalStack stack, String customer) {
        this.stack = stack;
        this.customer = customer;
    }

    Response call(OpenApiOperations.Documented documented, Optional<String> token) {
        RoleMatrix.Operation operation = documented.operation();
        RequestSpecification request = given().baseUri(url(operation.service()));
        token.ifPresent(bearer -> request.auth().oauth2(bearer));
        // an action whose body is optional (approve, cancel...) still wants JSON's content type with it
        documented.requestType()
                .or(() -> WRITES.contains(operation.method()) ? Optional.of("application/json") : Optional.empty())
                .ifPresent(type -> request.contentType(type).body("{}"));
        return request.when().request(operation.method(), path(operation));
    }

    private String url(String module) {
        for (Service service : Service.values()) {
            if (service.module().equals(module)) {
                return stack.service(service).url();
            }
        }
        throw new IllegalArgumentException("no service " + module);
    }

    private String path(RoleMatrix.Operation operation) {
        Matcher parameters = PARAMETER.matcher(operation.path());
        StringBuilder path = new StringBuilder();
        while (parameters.find()) {
            parameters.appendReplacement(path, Matcher.quoteReplacement(value(operation, parameters.group(1))));
        }
        return parameters.appendTail(path).toString();
    }

    private String value(RoleMatrix.Operation operation, String parameter) {
        return switch (parameter) {
            case "code" -> customer;
            // the ledger's ids are UUIDs, the customer master's contact and address ids numbers
            case "id" -> operation.service().equals(Service.LEDGER.module())
                    ? "00000000-0000-0000-0000-000000000001" : "999999999";
            case "number" -> "SO999999999";
            case "type" -> "PY";
            case "documentType" -> "QUOTE";
            case "name" -> "NO-SUCH-FIELD";
            default -> throw new IllegalStateException("no probe value for path parameter {" + parameter + "} of "
                    + operation + ": add one to AuthorizationProbe");
        };
    }
}
