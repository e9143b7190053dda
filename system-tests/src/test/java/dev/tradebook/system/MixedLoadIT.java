package dev.tradebook.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tradebook.load.MixedLoad;
import dev.tradebook.load.MixedRun;
import dev.tradebook.local.LocalStack;
import dev.tradebook.local.Service;

/**
 * The mixed load driver against the whole stack, in short: every request of every operation answered as a working
 * system answers, every lag probe seen in the ledger and on the customer, every acknowledged write readable.
 */
class MixedLoadIT {

    private static final int RATE = 20;
    private static final int SECONDS = 15;

    private final LocalStack stack = SystemStack.get();

    @Test
    void mixedTrafficIsServedAndEveryAcknowledgedWriteIsThere() throws Exception {
        MixedRun run = MixedLoad.run("--port-shift", Integer.getInteger("tradebook.portShift", 10_000).toString(),
                "--rate", Integer.toString(RATE), "--seconds", Integer.toString(SECONDS), "--warmup-seconds", "5",
                "--customers", "8", "--probe-customers", "2", "--lag-every-millis", "1000", "--hold-probe-customers", "2",
                "--hold-every-millis", "2000");

        assertThat(run.unexpected()).as(run.markdown()).isZero();
        assertThat(run.answered()).isEqualTo(RATE * SECONDS);
        assertThat(run.lagUnseen()).isZero();
        assertThat(run.lagRefused()).isZero();
        assertThat(run.lagInvoices()).isGreaterThanOrEqualTo(3);
        assertThat(run.lagSamples()).as("seen in two places: each probe invoice").isEqualTo(2 * run.lagInvoices());
        assertThat(run.holdCycles()).as("hold cycles").isGreaterThanOrEqualTo(2);
        assertThat(run.holdUnseen()).as(run.markdown()).isZero();
        assertThat(run.holdRefused()).as(run.markdown()).isZero();
        assertThat(run.holdSamples()).as("hold and release, each in two places").isEqualTo(4 * run.holdCycles());
        assertThat(run.acknowledged()).containsKeys("customer", "sales-order", "invoice", "payment");
        Staff accounts = new Staff(stack, "accounts");
        assertReadable(accounts, Service.TRANSACTION, "/api/v1/sales-orders/", run.acknowledged().get("sales-order"));
        assertReadable(accounts, Service.TRANSACTION, "/api/v1/invoices/", run.acknowledged().get("invoice"));
        assertReadable(accounts, Service.TRANSACTION, "/api/v1/payments/", run.acknowledged().get("payment"));
        assertReadable(accounts, Service.CUSTOMER, "/api/v1/customers/", run.acknowledged().get("customer"));
    }

    private static void assertReadable(Staff staff, Service service, String path, List<String> ids) {
        for (String id : ids) {
            assertThat(staff.get(service, path + id).statusCode()).as(path + id).isEqualTo(200);
        }
    }
}
