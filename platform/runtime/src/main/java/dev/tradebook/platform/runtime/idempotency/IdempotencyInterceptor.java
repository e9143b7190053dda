package dev.tradebook.platform.runtime.idempotency;

import java.lang.annotation.Annotation;
import java.lang.reflect.Parameter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import dev.tradebook.platform.runtime.problem.BusinessRuleViolation;
import dev.tradebook.platform.runtime.problem.InvalidRequest;
import dev.tradebook.platform.runtime.problem.StateConflict;
import dev.tradebook.platform.runtime.problem.Violation;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;

@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class IdempotencyInterceptor {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";

    private final CurrentVertxRequest currentRequest;
    private final SecurityIdentity identity;
    private final IdempotencyKeys keys;
    private final ObjectMapper responses;
    private final ObjectMapper canonical;

    public IdempotencyInterceptor(CurrentVertxRequest currentRequest, SecurityIdentity identity, IdempotencyKeys keys,
            ObjectMapper mapper) {
        this.currentRequest = currentRequest;
        this.identity = identity;
        this.keys = keys;
        this.responses = mapper;
        this.canonical = mapper.copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    }

    @AroundInvoke
    Object guard(InvocationContext invocation) throws Exception {
        HttpServerRequest request = currentRequest.getCurrent().request();
        String key = request.getHeader(HEADER);
        if (key == null) {
            return invocation.proceed();
        }
        if (key.isBlank() || key.length() > 255) {
            throw new InvalidRequest("validation", "The Idempotency-Key header must have 1 to 255 characters",
                    List.of(new Violation(HEADER, "must have 1 to 255 characters")));
        }
        String caller = identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
        String scope = caller + " " + request.method().name() + " " + request.path();
        Claim claim = keys.claim(scope, key, hash(request.uri(), invocation));
        if (claim instanceof Claim.Granted granted) {
            return runOnce(invocation, scope, key, granted.token());
        }
        if (claim instanceof Claim.Replay replay) {
            return replay(replay.response());
        }
        if (claim instanceof Claim.Mismatch) {
            throw new BusinessRuleViolation("idempotency-key-reused",
                    "This Idempotency-Key was already used with a different request body");
        }
        throw new StateConflict("idempotency-key-in-progress",
                "The first request with this Idempotency-Key is still running; retry later");
    }

    private Object runOnce(InvocationContext invocation, String scope, String key, UUID token) throws Exception {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Response response = (Response) invocation.proceed();
                StoredResponse stored = stored(response);
                keys.complete(scope, key, token, stored);
                // The JSON just stored is what is sent: the answer is serialised once, not twice, and keeps its type
                // (a String entity would otherwise go out as text/plain).
                return stored.body() == null ? response
                        : Response.fromResponse(response).entity(stored.body()).type(stored.contentType()).build();
            });
        } catch (QuarkusTransactionException e) {
            keys.release(scope, key, token);
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (RuntimeException e) {
            keys.release(scope, key, token);
            throw e;
        }
    }

    private StoredResponse stored(Response response) throws JsonProcessingException {
        Object entity = response.getEntity();
        String body = entity == null ? null : entity instanceof String text ? text : responses.writeValueAsString(entity);
        URI location = response.getLocation();
        String type = response.getMediaType() == null ? "application/json" : response.getMediaType().toString();
        return new StoredResponse(response.getStatus(), location == null ? null : location.toString(), type, body);
    }

    private static Response replay(StoredResponse stored) {
        Response.ResponseBuilder builder = Response.status(stored.status()).header(REPLAYED, "true");
        if (stored.body() != null) {
            builder.entity(stored.body()).header(HttpHeaders.CONTENT_TYPE, stored.contentType());
        }
        if (stored.location() != null) {
            builder.location(URI.create(stored.location()));
        }
        return builder.build();
    }

    /** Same key and same request = same method, URI and body, whatever the JSON's field order or spacing. */
    private String hash(String uri, InvocationContext invocation) throws JsonProcessingException {
        List<Object> content = new ArrayList<>();
        content.add(uri);
        Parameter[] parameters = invocation.getMethod().getParameters();
        Object[] values = invocation.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            if (isRequestContent(parameters[i])) {
                content.add(values[i]);
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.writeValueAsString(content).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    private static boolean isRequestContent(Parameter parameter) {
        for (Annotation annotation : parameter.getAnnotations()) {
            if (annotation instanceof Context) {
                return false;
            }
        }
        String type = parameter.getType().getName();
        return !type.startsWith("jakarta.ws.rs.") && !type.startsWith("io.vertx.");
    }
}
