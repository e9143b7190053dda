package dev.tradebook.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Against a fake remote that plays transaction-service and customer-service: the
 * invoice's hold and the payment's release show at each place after a delay of its own.
 */
class HoldProbeTest {

    private static final long GIVE_UP_MILLIS = 400;

    private final FakeCreditStack stack = new FakeCreditStack();
    private final Acknowledged acknowledged = new Acknowledged();
    private FakeRemote remote;

    @BeforeEach
    void startServer() throws Exception {
        remote = new FakeRemote(stack::answer);
    }

    @AfterEach
    void stop() throws Exception {
        remote.close();
    }

    @Test
    void aCycleMeasuresTheHoldAndTheReleaseAtBothPlaces() throws Exception {
        stack.holdShowsAfter(100, 600);
        stack.releaseShowsAfter(50, 400);
        HoldProbe probe = probe(5_000);

        cycle(probe, "H001");

        assertThat(probe.cycles()).isEqualTo(1);
        assertThat(probe.refused()).isZero();
        assertThat(probe.watch().unseen()).isZero();
        assertLag(probe, HoldProbe.HOLD_ON_CUSTOMER, 100);
        assertLag(probe, HoldProbe.HOLD_IN_TRANSACTIONS, 600);
        assertLag(probe, HoldProbe.RELEASE_ON_CUSTOMER, 50);
        assertLag(probe, HoldProbe.RELEASE_IN_TRANSACTIONS, 400);
        assertThat(stack.invoice().getBoolean("acknowledgeCreditWarning")).isTrue();
        assertThat(stack.payment().getString("amount")).isEqualTo(HoldProbe.INVOICE_AMOUNT);
        assertThat(stack.payment().getJsonArray("allocations")).containsExactly(
                new JsonObject().put("invoice", "IN000001").put("amount", HoldProbe.INVOICE_AMOUNT));
        assertThat(acknowledged.byKind()).containsEntry("invoice", List.of("IN000001"))
                .containsEntry("payment", List.of("PAY000001"));
    }

    @Test
    void aHoldNeverShownCountsAsUnseenAfterTheGiveUpTime() throws Exception {
        stack.holdShowsAfter(100, Long.MAX_VALUE);
        stack.releaseShowsAfter(50, 0);
        HoldProbe probe = probe(GIVE_UP_MILLIS);

        long started = System.nanoTime();
        cycle(probe, "H001");

        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isGreaterThan(GIVE_UP_MILLIS);
        assertThat(probe.watch().unseen()).isEqualTo(1);
        assertThat(probe.watch().lags().get(HoldProbe.HOLD_IN_TRANSACTIONS).getTotalCount()).isZero();
        assertThat(probe.watch().lags().get(HoldProbe.HOLD_ON_CUSTOMER).getTotalCount()).isEqualTo(1);
        assertThat(probe.watch().samplesSeen()).as("the payment is still made and its release seen").isEqualTo(3);
    }

    @Test
    void anInvoiceRefusedIsNoCycle() throws Exception {
        stack.refuseInvoices();
        HoldProbe probe = probe(GIVE_UP_MILLIS);

        assertThat(probe.cycle("H001").toCompletionStage().toCompletableFuture().handle((done, failed) -> failed)
                .get(10, TimeUnit.SECONDS)).isNotNull();

        assertThat(probe.cycles()).isZero();
        assertThat(probe.refused()).isEqualTo(1);
        assertThat(stack.payment()).isNull();
    }

    private HoldProbe probe(long giveUpMillis) throws Exception {
        return new HoldProbe(remote.vertx(), remote.calls("accounts"), remote.endpoints(), List.of("H001"), acknowledged,
                giveUpMillis);
    }

    private static void cycle(HoldProbe probe, String customer) throws Exception {
        FakeRemote.await(probe.cycle(customer));
    }

    /** The fake's delay runs from its answer, the lag from the answer's arrival: a little earlier or later. */
    private static void assertLag(HoldProbe probe, String where, long delayMillis) {
        var lag = probe.watch().lags().get(where);
        assertThat(lag.getTotalCount()).as(where).isEqualTo(1);
        assertThat(lag.getMaxValue()).as(where).isBetween(delayMillis - 50, delayMillis + 400);
    }

    /** The hold's state as the services would show it, from the time of the invoice and of the payment. */
    private static final class FakeCreditStack {

        private volatile long holdOnCustomerMillis;
        private volatile long holdInTransactionsMillis;
        private volatile long releaseOnCustomerMillis;
        private volatile long releaseInTransactionsMillis;
        private volatile boolean refuseInvoices;
        private volatile JsonObject invoice;
        private volatile JsonObject payment;
        private volatile long invoicedAt;
        private volatile long paidAt;

        void holdShowsAfter(long onCustomer, long inTransactions) {
            holdOnCustomerMillis = onCustomer;
            holdInTransactionsMillis = inTransactions;
        }

        void releaseShowsAfter(long onCustomer, long inTransactions) {
            releaseOnCustomerMillis = onCustomer;
            releaseInTransactionsMillis = inTransactions;
        }

        void refuseInvoices() {
            refuseInvoices = true;
        }

        JsonObject invoice() {
            return invoice;
        }

        JsonObject payment() {
            return payment;
        }

        void answer(HttpServerRequest request) {
            request.body().onSuccess(body -> {
                String path = request.path();
                JsonObject answer;
                int status = 200;
                if (path.equals("/api/v1/invoices") && refuseInvoices) {
                    status = 422;
                    answer = new JsonObject().put("type", "https://tradebook.dev/problems/customer-on-hold");
                } else if (path.equals("/api/v1/invoices")) {
                    invoice = body.toJsonObject();
                    invoicedAt = System.currentTimeMillis();
                    status = 201;
                    answer = new JsonObject().put("number", "IN000001").put("customer", invoice.getString("customer"))
                            .put("totals", new JsonObject().put("total", HoldProbe.INVOICE_AMOUNT));
                } else if (path.equals("/api/v1/payments")) {
                    payment = body.toJsonObject();
                    paidAt = System.currentTimeMillis();
                    status = 201;
                    answer = new JsonObject().put("number", "PAY000001");
                } else if (path.endsWith("/credit")) {
                    answer = reasons(holdInTransactionsMillis, releaseInTransactionsMillis);
                } else {
                    answer = reasons(holdOnCustomerMillis, releaseOnCustomerMillis);
                }
                request.response().setStatusCode(status).end(answer.encode());
            });
        }

        private JsonObject reasons(long holdAfter, long releaseAfter) {
            long now = System.currentTimeMillis();
            boolean held = invoicedAt > 0 && now - invoicedAt >= holdAfter
                    && (paidAt == 0 || now - paidAt < releaseAfter);
            return new JsonObject().put("onHold", held).put("holdReasons",
                    held ? new JsonArray().add("CREDIT_LIMIT") : new JsonArray());
        }
    }
}
