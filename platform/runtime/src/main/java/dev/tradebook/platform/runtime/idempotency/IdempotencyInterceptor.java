package dev.tradebook.platform.runtime.idempotency;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

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
    private final Map<Method, int[]> contentParameters = new ConcurrentHashMap<>();

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
                SerialisedAnswer answer = serialised(response);
                keys.complete(scope, key, token, answer.stored());
                // The JSON just stored is what is sent: the answer is serialised once, not twice. Its type is
                // named, or a resource without @Produces would send the bytes as application/octet-stream.
                return answer.bytes() == null ? response : Response.fromResponse(response).entity(answer.bytes())
                        .type(answer.stored().contentType()).build();
            });
        } catch (QuarkusTransactionException e) {
            keys.release(scope, key, token);
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (RuntimeException e) {
            keys.release(scope, key, token);
            throw e;
        }
    }

    /** The answer's JSON, serialised once: stored for replays and sent as these bytes. */
    private SerialisedAnswer serialised(Response response) throws JsonProcessingException {
        Object entity = response.getEntity();
        byte[] bytes = entity == null ? null : entity instanceof String text ? text.getBytes(StandardCharsets.UTF_8)
                : responses.writeValueAsBytes(entity);
        URI location = response.getLocation();
        String type = response.getMediaType() == null ? "application/json" : response.getMediaType().toString();
        return new SerialisedAnswer(bytes, new StoredResponse(response.getStatus(),
                location == null ? null : location.toString(), type,
                bytes == null ? null : new String(bytes, StandardCharsets.UTF_8)));
    }

    private record SerialisedAnswer(byte[] bytes, StoredResponse stored) {
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
    private String hash(String uri, InvocationContext invocation) throws IOException {
        List<Object> content = new ArrayList<>();
        content.add(uri);
        Object[] values = invocation.getParameters();
        for (int i : contentParameters.computeIfAbsent(invocation.getMethod(), IdempotencyInterceptor::contentParameters)) {
            content.add(values[i]);
        }
        MessageDigest digest = sha256();
        // Written straight into the digest: no JSON text is kept.
        try (OutputStream into = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
            canonical.writeValue(into, content);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    /** The indexes of the parameters that carry the request's content; looked up once per method (reflection). */
    private static int[] contentParameters(Method method) {
        Parameter[] parameters = method.getParameters();
        return IntStream.range(0, parameters.length).filter(i -> isRequestContent(parameters[i])).toArray();
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
