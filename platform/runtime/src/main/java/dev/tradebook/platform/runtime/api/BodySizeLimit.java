package dev.tradebook.platform.runtime.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * A body over {@code quarkus.http.limits.max-body-size} is answered 413 as problem+json like every other error;
 * Quarkus itself would answer an empty 413. A declared Content-Length over the limit is refused before any of
 * the body is read (this route runs just before Quarkus's own check). A body of undeclared length (chunked, or
 * HTTP/2) is read here up to the limit only where {@code platform.http.read-unsized-bodies=true}: a service
 * that streams large uploads leaves it off and keeps Quarkus's empty 413 for those. The connection is closed
 * after a 413, because the unread rest of the body would otherwise be taken for the next request.
 */
@Singleton
public class BodySizeLimit {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    @ConfigProperty(name = "platform.http.read-unsized-bodies", defaultValue = "false")
    boolean readUnsizedBodies;

    void install(@Observes Router router) {
        maxBodySize.map(MemorySize::asLongValue).ifPresent(limit -> {
            Optional<BodyHandler> unsized = readUnsizedBodies
                    ? Optional.of(BodyHandler.create(false).setBodyLimit(limit)) : Optional.empty();
            router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
                    .handler(request -> check(request, limit, unsized))
                    .failureHandler(failed -> {
                        if (failed.statusCode() == 413 && !failed.response().headWritten()) {
                            tooLarge(failed, limit);
                        } else {
                            failed.next();
                        }
                    });
        });
    }

    private static void check(RoutingContext request, long limit, Optional<BodyHandler> unsized) {
        String declared = request.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && declared.chars().allMatch(Character::isDigit) && declared.length() <= 18
                && Long.parseLong(declared) > limit) {
            tooLarge(request, limit);
        } else if (declared == null && unsized.isPresent()) {
            unsized.get().handle(request);
        } else {
            request.next();
        }
    }

    private static void tooLarge(RoutingContext request, long limit) {
        Map<String, Object> problem = ProblemResponses.body(413, "payload-too-large", "Payload too large",
                "The request body is larger than " + limit + " bytes", List.of(), Map.of("maxBodySize", limit));
        request.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemResponses.PROBLEM_JSON_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .endHandler(ended -> request.request().connection().close())
                .end(new JsonObject(problem).encode());
    }
}
