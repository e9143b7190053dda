package dev.tradebook.load;

import java.util.concurrent.TimeUnit;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;

/**
 * A real HTTP server on a free port that stands in for the stack's remote endpoints: Keycloak's token endpoint
 * (user {@code u} gets the token {@code token-of-u}) and whatever the test's handler answers.
 */
final class FakeRemote implements AutoCloseable {

    static final String TOKEN_PATH = "/token";

    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;

    FakeRemote(Handler<HttpServerRequest> services) throws Exception {
        server = await(vertx.createHttpServer().requestHandler(request -> {
            if (request.path().equals(TOKEN_PATH)) {
                request.body().onSuccess(form -> request.response().end(new JsonObject()
                        .put("access_token", "token-of-" + form.toString().replaceAll(".*username=([^&]*).*", "$1"))
                        .encode()));
            } else {
                services.handle(request);
            }
        }).listen(0));
    }

    Vertx vertx() {
        return vertx;
    }

    /** Every service of the stack answering here. */
    Endpoints endpoints() {
        String base = "http://localhost:" + server.actualPort();
        return new Endpoints(base, base, base, base, base + TOKEN_PATH);
    }

    /** Calls to this server as {@code user}, its token fetched. */
    Calls calls(String user) throws Exception {
        BearerTokens tokens = new BearerTokens(vertx, vertx.createHttpClient(), endpoints().tokenUrl()).user(user);
        await(tokens.start());
        return new Calls(vertx, vertx.createHttpClient(), tokens);
    }

    static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        await(vertx.close());
    }
}
