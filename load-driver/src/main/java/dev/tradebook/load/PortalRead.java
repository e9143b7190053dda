package dev.tradebook.load;

import java.util.List;

import io.vertx.core.Future;

/** A customer on the portal lists their own invoices; the portal users take turns. */
final class PortalRead implements Operation {

    private final Calls calls;
    private final String url;
    private final List<String> portalUsers;

    PortalRead(Calls calls, Endpoints endpoints, List<String> portalUsers) {
        this.calls = calls;
        this.url = endpoints.gateway() + "/portal/v1/invoices";
        this.portalUsers = portalUsers;
    }

    @Override
    public Future<Boolean> run(long n) {
        return calls.get(portalUsers.get((int) (n % portalUsers.size())), url).map(reply -> reply.is(200));
    }
}
