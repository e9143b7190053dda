package dev.tradebook.platform.runtime.api;

import dev.tradebook.platform.runtime.problem.Violation;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds RFC 9457 bodies: {@code type}, {@code title}, {@code status}, {@code detail}, optional {@code violations}. */
public final class ProblemResponses {

    public static final String BASE = "https://tradebook.dev/problems/";
    public static final String PROBLEM_JSON_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(PROBLEM_JSON_TYPE);
    /** The OpenAPI component that {@link ProblemResponsesFilter} defines for these bodies. */
    public static final String PROBLEM_SCHEMA = "Problem";

    private ProblemResponses() {
    }

    public static URI uri(String type) {
        return URI.create(BASE + type);
    }

    public static Response response(int status, String type, String title, String detail,
            List<Violation> violations, Map<String, Object> extensions) {
        return Response.status(status).type(PROBLEM_JSON).entity(body(status, type, title, detail, violations, extensions))
                .build();
    }

    public static Response response(int status, String type, String title, String detail) {
        return response(status, type, title, detail, List.of(), Map.of());
    }

    /** The body alone, for answers written outside JAX-RS (e.g. by a Vert.x route). */
    public static Map<String, Object> body(int status, String type, String title, String detail,
            List<Violation> violations, Map<String, Object> extensions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", uri(type).toString());
        body.put("title", title);
        body.put("status", status);
        if (detail != null) {
            body.put("detail", detail);
        }
        if (!violations.isEmpty()) {
            body.put("violations", violations);
        }
        extensions.forEach(body::putIfAbsent);
        return body;
    }
}
