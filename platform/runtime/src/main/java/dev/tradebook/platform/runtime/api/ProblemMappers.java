package dev.tradebook.platform.runtime.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import dev.tradebook.platform.runtime.problem.ProblemException;
import dev.tradebook.platform.runtime.problem.Violation;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Every error a service answers is application/problem+json (API.md): refusals from the domain,
 * validation, malformed or unknown JSON, unknown paths, wrong media types, missing tokens or roles,
 * stale versions, and anything unexpected (logged with an id, never shown as a stack trace).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response refused(ProblemException problem) {
        return ProblemResponses.response(problem.status(), problem.type(), problem.title(), problem.getMessage(),
                problem.violations(), problem.extensions());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException exception) {
        List<Violation> violations = exception.getConstraintViolations().stream()
                .map(v -> new Violation(fieldOf(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return ProblemResponses.response(400, "validation", "Invalid request",
                violations.size() + " field(s) failed validation", violations, Map.of());
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException exception) {
        String field = pathOf(exception);
        return ProblemResponses.response(400, "unknown-field", "Invalid request",
                "Unknown or read-only field '" + field + "'",
                List.of(new Violation(field, "unknown or read-only field")), Map.of());
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException exception) {
        String field = pathOf(exception);
        String expected = ExpectedValue.of(exception.getTargetType());
        return ProblemResponses.response(400, "malformed-request", "Invalid request",
                field.isEmpty() ? "The request body does not have the expected shape" : "Field '" + field + "' has the wrong type",
                field.isEmpty() ? List.of() : List.of(new Violation(field, "must be " + expected)), Map.of());
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException exception) {
        return ProblemResponses.response(400, "malformed-json", "Malformed JSON",
                "The request body is not valid JSON: " + exception.getOriginalMessage());
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException exception) {
        return unauthorized();
    }

    @ServerExceptionMapper
    public Response badToken(AuthenticationFailedException exception) {
        return unauthorized();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception) {
        return ProblemResponses.response(403, "forbidden", "Forbidden", "Your roles do not allow this request");
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response staleVersion(RuntimeException exception) {
        return ProblemResponses.response(409, "version-conflict", "Conflict",
                "Someone else changed this record first; read it again and retry");
    }

    @ServerExceptionMapper
    public Response unknownPath(NotFoundException exception) {
        if (exception.getCause() != null) {
            // JAX-RS answers a query or path parameter it cannot convert with 404; API.md says 400.
            return ProblemResponses.response(400, "malformed-request", "Invalid request",
                    "A parameter has the wrong type: " + exception.getCause().getMessage());
        }
        return ProblemResponses.response(404, "not-found", "Not found", "No resource at this path");
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException exception) {
        if (exception.getCause() instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown);
        }
        if (exception.getCause() instanceof MismatchedInputException mismatch) {
            return mismatched(mismatch);
        }
        if (exception.getCause() instanceof JsonProcessingException json) {
            return malformed(json);
        }
        Response.StatusType status = exception.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            return unexpected(exception);
        }
        String type = status.getReasonPhrase().toLowerCase().replaceAll("[^a-z]+", "-");
        return ProblemResponses.response(status.getStatusCode(), type, status.getReasonPhrase(), exception.getMessage());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable exception) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(exception, "Unexpected error %s", errorId);
        return ProblemResponses.response(500, "internal-error", "Internal error",
                "The request failed on our side; quote error id " + errorId, List.of(), Map.of("errorId", errorId));
    }

    private static Response unauthorized() {
        Response problem = ProblemResponses.response(401, "unauthorized", "Unauthorized",
                "A valid bearer token is required");
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    /**
     * The JSON path of a constraint violation ({@code contacts[0].email}, {@code debtorAccountGroups[1]}),
     * without the method name, and without the parameter name unless the constraint sits on the
     * parameter itself (a query parameter, say).
     */
    private static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .filter(node -> node.getKind() != ElementKind.METHOD && node.getKind() != ElementKind.CONSTRUCTOR
                        && node.getKind() != ElementKind.RETURN_VALUE)
                .toList();
        StringBuilder path = new StringBuilder();
        for (Path.Node node : nodes) {
            if (node.getKind() == ElementKind.PARAMETER && node != nodes.get(nodes.size() - 1)) {
                continue;
            }
            if (node.isInIterable()) {
                path.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                path.append(path.isEmpty() ? "" : ".").append(name);
            }
        }
        return path.toString();
    }

    /** The JSON path of the member Jackson could not read ({@code address.city}, {@code contacts[0].name}). */
    public static String pathOf(JsonMappingException exception) {
        return exception.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }
}
