package dev.tradebook.platform.runtime.idempotency;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Method;
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

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import dev.tradebook.platform.runtime.persistence.JdbcTransactions;
import dev.tradebook.platform.runtime.persistence.JtaRequired;
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
    private final JdbcTransactions transactions;
    private final Map<Method, IdempotentMethod> methods = new ConcurrentHashMap<>();

    public IdempotencyInterceptor(CurrentVertxRequest currentRequest, SecurityIdentity identity, IdempotencyKeys keys,
            JdbcTransactions transactions, ObjectMapper mapper) {
        this.currentRequest = currentRequest;
        this.identity = identity;
        this.keys = keys;
        this.transactions = transactions;
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
        IdempotentMethod method = methods.computeIfAbsent(invocation.getMethod(), IdempotentMethod::of);
        Claim claim = keys.claim(scope, key, hash(request.uri(), invocation, method));
        if (claim instanceof Claim.Granted granted) {
            return runOnce(invocation, scope, key, granted.token(), method.plainJdbcFirst());
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

    private Object runOnce(InvocationContext invocation, String scope, String key, UUID token, boolean plainJdbcFirst)
            throws Exception {
        try {
            // Under a caller's own JTA transaction (never over HTTP) it goes the JTA way, as before.
            if (plainJdbcFirst && !QuarkusTransaction.isActive()) {
                try {
                    return transactions.inPlainTransaction(() -> answer(invocation, scope, key, token));
                } catch (JtaRequired rolledBack) {
                    // Nothing of that run stayed: the same request again, from the start, in JTA.
                }
            }
            return QuarkusTransaction.requiringNew().call(() -> answer(invocation, scope, key, token));
        } catch (Exception e) {
            keys.release(scope, key, token);
            throw e instanceof QuarkusTransactionException && e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** Runs the method and stores its answer under the key, in the transaction of the method's effect. */
    private Response answer(InvocationContext invocation, String scope, String key, UUID token) throws Exception {
        Response response = (Response) invocation.proceed();
        SerialisedAnswer answer = serialised(response);
        keys.complete(scope, key, token, answer.stored());
        // The JSON just stored is what is sent: the answer is serialised once, not twice. Its type is
        // named, or a resource without @Produces would send the bytes as application/octet-stream.
        return answer.bytes() == null ? response : Response.fromResponse(response).entity(answer.bytes())
                .type(answer.stored().contentType()).build();
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
    private String hash(String uri, InvocationContext invocation, IdempotentMethod method) throws IOException {
        List<Object> content = new ArrayList<>();
        content.add(uri);
        Object[] values = invocation.getParameters();
        for (int i : method.contentParameters()) {
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
}
