package dev.tradebook.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import dev.tradebook.load.MixedLoad;
import dev.tradebook.load.MixedRun;
import dev.tradebook.local.LocalStack;
import dev.tradebook.local.Service;
import dev.tradebook.local.ServiceProcess;

/**
 * Faults under the mixed load, short form (system properties scale it: {@code tradebook.faults.seconds},
 * {@code tradebook.faults.rate}, {@code tradebook.faults.pauseSeconds}). Pass: every request answered as a working
 * system answers (clients retry with the same Idempotency-Key), every acknowledged write present, every probe
 * invoice shown in the ledger's and the customer master's balance within 60 s, every hold probe's credit-limit
 * hold shown and released on the customer master and in transaction-service within 60 s, once the events are drained the
 * ledger's balance equals the customer master's for every customer of the run, and the invariant checker finds
 * nothing after each fault. Each run is recorded under {@code target/fault-runs/<test>/} for the proof report.
 */
class FaultRunIT {

    private static final int SECONDS = Integer.getInteger("tradebook.faults.seconds", 40);
    private static final int RATE = Integer.getInteger("tradebook.faults.rate", 10);
    private static final int PAUSE_SECONDS = Integer.getInteger("tradebook.faults.pauseSeconds", 10);
    private static final int WARMUP_SECONDS = 3;
    private static final int FAULT_AFTER_SECONDS = 10;
    private static final int CUSTOMERS = 6;
    private static final int PROBES = 2;

    private final LocalStack stack = SystemStack.get();
    private final Staff accounts = new Staff(stack, "accounts");

    private String faultName;

    @BeforeEach
    void nameTheFault(TestInfo test) {
        faultName = test.getTestMethod().orElseThrow().getName();
    }

    @Test
    void killOfEachServiceInTurn() throws Exception {
        MixedRun run = underLoad("kill -9 of transaction-, ledger-, customer-service and the gateway in turn, each restarted", () -> {
            for (Service service : List.of(Service.TRANSACTION, Service.LEDGER, Service.CUSTOMER, Service.GATEWAY)) {
                ServiceProcess process = stack.service(service);
                process.kill();
                process.start();
                process.awaitReady();
            }
        });

        assertThat(run.summary()).contains("retries=").doesNotContain("retries=0\n");
    }

    @Test
    void brokerKilledAndRestarted() throws Exception {
        underLoad("kill -9 of the Kafka broker, then its restart", () -> stack.kafka().crashAndRestart());
    }

    @Test
    void brokerPaused() throws Exception {
        underLoad("the Kafka broker paused (SIGSTOP) for " + PAUSE_SECONDS + " s, then resumed (SIGCONT)", () -> {
            stack.kafka().process().pause();
            sleep(PAUSE_SECONDS);
            stack.kafka().process().resume();
        });
    }

    @Test
    void postgresRestarted() throws Exception {
        underLoad("PostgreSQL restarted (fast shutdown: open sessions cut)", () -> stack.postgres().restart());
    }

    @Test
    void wholeTopicReplayedToTheLedgerChangesNothing() throws Exception {
        String runId = runId();
        underLoad(runId, "no fault during the load; afterwards the ledger's consumer group rewound to offset 0 of"
                + " sales.events and customer.events", SECONDS, () -> { }, () -> replayToTheLedger(runId));
    }

    private void replayToTheLedger(String runId) throws Exception {
        Map<String, BigDecimal> before = ledgerBalances(codes(runId));
        ServiceProcess ledger = stack.service(Service.LEDGER);

        ledger.close();
        TopicReplay.rewind(stack, "ledger-service", "sales.events");
        TopicReplay.rewind(stack, "ledger-service", "customer.events");
        ledger.start();
        ledger.awaitReady();

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).until(() ->
                TopicReplay.caughtUp(stack, "ledger-service", "sales.events")
                        && TopicReplay.caughtUp(stack, "ledger-service", "customer.events"));
        assertThat(ledgerBalances(codes(runId))).isEqualTo(before);
    }

    private MixedRun underLoad(String description, Action fault) throws Exception {
        return underLoad(runId(), description, FAULT_AFTER_SECONDS, fault, () -> { });
    }

    /**
     * The mixed load for its seconds, the fault injected after its first ten, then the pass conditions and what
     * the fault checks afterwards; the run is recorded for the proof report either way.
     */
    private MixedRun underLoad(String runId, String description, int faultAtSecond, Action fault, Action afterwards)
            throws Exception {
        FaultRunRecord record = new FaultRunRecord(faultName, description, RATE, SECONDS, PAUSE_SECONDS, faultAtSecond);
        Optional<MixedRun> run = Optional.empty();
        try {
            run = Optional.of(loadWith(runId, fault));
            assertPassed(run.get(), runId);
            afterwards.run();
        } catch (Exception | AssertionError e) {
            record.write(run, Optional.of(e));
            throw e;
        }
        record.write(run, Optional.empty());
        return run.get();
    }

    private MixedRun loadWith(String runId, Action fault) throws Exception {
        CompletableFuture<MixedRun> load = CompletableFuture.supplyAsync(() -> {
            try {
                return MixedLoad.run("--port-shift", Integer.getInteger("tradebook.portShift", 10_000).toString(),
                        "--run-id", runId, "--rate", Integer.toString(RATE), "--seconds", Integer.toString(SECONDS),
                        "--warmup-seconds", Integer.toString(WARMUP_SECONDS), "--customers", Integer.toString(CUSTOMERS),
                        "--probe-customers", Integer.toString(PROBES));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() -> load.isDone()
                || accounts.get(Service.LEDGER, "/api/v1/customers/" + runId + "P%03d".formatted(PROBES) + "/account")
                        .statusCode() == 200);
        sleep(WARMUP_SECONDS + FAULT_AFTER_SECONDS);
        fault.run();
        return load.get(SECONDS + 300, TimeUnit.SECONDS);
    }

    private void assertPassed(MixedRun run, String runId) throws Exception {
        assertThat(run.unexpected()).as(run.markdown()).isZero();
        assertThat(run.lagUnseen()).as(run.markdown()).isZero();
        assertThat(run.lagRefused()).as(run.markdown()).isZero();
        assertThat(run.lagSamples()).isEqualTo(2 * run.lagInvoices());
        assertThat(run.holdUnseen()).as(run.markdown()).isZero();
        assertThat(run.holdRefused()).as(run.markdown()).isZero();
        assertThat(run.holdSamples()).isEqualTo(4 * run.holdCycles());
        run.acknowledged().forEach((kind, ids) -> ids.forEach(id ->
                assertThat(accounts.get(serviceOf(kind), pathOf(kind) + id).statusCode()).as(kind + " " + id).isEqualTo(200)));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(customerMasterBalances(codes(runId))).isEqualTo(ledgerBalances(codes(runId))));
        InvariantCheck.Result invariants = StackInvariants.check(stack);
        assertThat(invariants.passed()).as(invariants.report()).isTrue();
    }

    private Map<String, BigDecimal> ledgerBalances(List<String> codes) {
        return balances(codes, code -> new BigDecimal(accounts.get(Service.LEDGER, "/api/v1/customers/" + code + "/account")
                .<String>path("balance")));
    }

    private Map<String, BigDecimal> customerMasterBalances(List<String> codes) {
        return balances(codes, code -> {
            String amount = accounts.customer(code).path("balance.amount");
            return amount == null ? BigDecimal.ZERO.setScale(2) : new BigDecimal(amount);
        });
    }

    private static Map<String, BigDecimal> balances(List<String> codes, Function<String, BigDecimal> balanceOf) {
        return codes.stream().collect(Collectors.toMap(code -> code, balanceOf));
    }

    private static List<String> codes(String runId) {
        return IntStream.rangeClosed(1, CUSTOMERS).mapToObj(i -> runId + "C%03d".formatted(i)).toList();
    }

    private static Service serviceOf(String kind) {
        return kind.equals("customer") ? Service.CUSTOMER : Service.TRANSACTION;
    }

    private static String pathOf(String kind) {
        return switch (kind) {
            case "customer" -> "/api/v1/customers/";
            case "sales-order" -> "/api/v1/sales-orders/";
            case "invoice" -> "/api/v1/invoices/";
            case "payment" -> "/api/v1/payments/";
            default -> throw new IllegalArgumentException("unknown kind of write " + kind);
        };
    }

    private static String runId() {
        return "F" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
    }

    private static void sleep(int seconds) {
        try {
            TimeUnit.SECONDS.sleep(seconds);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface Action {
        void run() throws Exception;
    }
}
