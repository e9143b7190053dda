package dev.tradebook.load;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;

/** The same POST over and over, each with its own body and Idempotency-Key: a 2xx answer is a success. */
final class PostTraffic implements Traffic {

    private final HttpClient client;
    private final RequestFactory requests;

    PostTraffic(HttpClient client, RequestFactory requests) {
        this.client = client;
        this.requests = requests;
    }

    @Override
    public String operation(long n) {
        return "post";
    }

    @Override
    public Future<Boolean> send(long n) {
        return client.request(requests.request())
                .compose(request -> request.send(Buffer.buffer(requests.body(n))))
                .compose(response -> response.body().map(ignored -> response.statusCode() / 100 == 2));
    }
}
