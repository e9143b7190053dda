package dev.tradebook.load;

import static dev.tradebook.load.FakeRemote.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;

/** Against a fake remote that plays ledger-service's credit-control settings, for accounts only. */
class CreditControlForRunTest {

    private final List<JsonObject> changes = new CopyOnWriteArrayList<>();
    private volatile JsonObject settings;
    private FakeRemote remote;

    @BeforeEach
    void startServer() throws Exception {
        remote = new FakeRemote(this::answer);
    }

    @AfterEach
    void stop() throws Exception {
        remote.close();
    }

    @Test
    void setsCreditLimitModeForTheRunAndPutsThePreviousSettingsBack() throws Exception {
        JsonObject before = new JsonObject().put("mode", "PAST_DUE").put("graceDays", 5).put("minimumOverdueAmount", "10.00");
        settings = before;
        CreditControlForRun control = control();

        await(control.take());
        assertThat(settings).isEqualTo(before.copy().put("mode", "CREDIT_LIMIT"));
        assertThat(control.note()).contains("PAST_DUE", "put back");

        await(control.giveBack());
        assertThat(settings).isEqualTo(before);
        assertThat(changes).hasSize(2);
    }

    @Test
    void leavesCreditLimitModeAsItIs() throws Exception {
        settings = new JsonObject().put("mode", "CREDIT_LIMIT").put("graceDays", 0).put("minimumOverdueAmount", "0.00");
        CreditControlForRun control = control();

        await(control.take());
        await(control.giveBack());

        assertThat(changes).isEmpty();
        assertThat(control.note()).contains("already");
    }

    private CreditControlForRun control() throws Exception {
        return new CreditControlForRun(remote.calls("accounts"), remote.endpoints());
    }

    private void answer(HttpServerRequest request) {
        request.body().onSuccess(body -> {
            if (!"Bearer token-of-accounts".equals(request.getHeader("Authorization"))
                    || !request.path().equals("/api/v1/credit-control")) {
                request.response().setStatusCode(403).end();
                return;
            }
            if (request.method().name().equals("PUT")) {
                settings = body.toJsonObject();
                changes.add(settings);
            }
            request.response().end(settings.encode());
        });
    }
}
