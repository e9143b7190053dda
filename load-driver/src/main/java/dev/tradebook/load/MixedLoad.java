package dev.tradebook.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;

/**
 * Mixed, constant-rate traffic against the whole stack, as its users make it: salesmen register customers and
 * place credit-checked orders, accounts invoices the orders and records the payments, portal customers read their
 * invoices, an integrator pushes batches of web-shop orders. Latency counts from each request's due time (no
 * coordinated omission), per operation; a lag probe measures how long an invoice takes to show in the ledger's and
 * the customer master's balance, a hold probe how long an invoice over the credit limit takes to hold the customer
 * (on the customer master and in transaction-service) and its payment to release it. With hold probes the company's
 * credit control is in mode {@code CREDIT_LIMIT} for the run (set if needed, then put back).
 *
 * <pre>
 * java -cp ... dev.tradebook.load.MixedLoad [--host localhost] [--port-shift 0] [--rate 40] [--seconds 60]
 *   [--warmup-seconds 10] [--mix customer=5,order=35,invoice=20,payment=15,portal=20,batch=5] [--customers 40]
 *   [--probe-customers 4] [--lag-every-millis 1000] [--hold-probe-customers 1] [--hold-every-millis 5000]
 *   [--connections 32] [--run-id L...]
 *   [--report-file mixed.md] [--summary-file mixed.properties] [--timeline-file mixed.csv]
 *   [--acknowledged-file acknowledged.csv]
 * </pre>
 *
 * It calls the stack as the realm's demo users {@code sales}, {@code accounts}, {@code portal-a}, {@code portal-b}
 * and the confidential client {@code integrator}; its customers are registered first (codes from the run id).
 */
public final class MixedLoad {

    static final String DEFAULT_MIX = "customer=5,order=35,invoice=20,payment=15,portal=20,batch=5";
    private static final List<String> PORTAL_USERS = List.of("portal-a", "portal-b");
    private static final List<String> PORTAL_CUSTOMERS = List.of("DEMOA", "DEMOB");

    private MixedLoad() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        MixedRun run = run(args);
        System.out.print(run.markdown());
        write(options.text("report-file", ""), run.markdown());
        write(options.text("summary-file", ""), run.summary());
        write(options.text("timeline-file", ""), run.timelineCsv());
        write(options.text("acknowledged-file", ""), acknowledgedCsv(run));
    }

    /**
     * Registers the run's customers, warms up, then runs the mixed traffic with the lag and hold probes; same options
     * as main.
     */
    public static MixedRun run(String... args) throws Exception {
        Options options = new Options(args);
        Endpoints endpoints = Endpoints.local(options.text("host", "localhost"), (int) options.number("port-shift", 0));
        String runId = options.text("run-id", "L" + Long.toString(System.currentTimeMillis() / 1000 % 1_000_000_000L, 36)
                .toUpperCase());
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
        try {
            HttpClient client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setConnectTimeout(5_000),
                    new PoolOptions().setHttp1MaxSize((int) options.number("connections", 32)));
            BearerTokens tokens = new BearerTokens(vertx, client, endpoints.tokenUrl())
                    .user("sales").user("accounts").user("portal-a").user("portal-b").client("integrator", "integrator-secret");
            await(tokens.start());
            Calls calls = new Calls(vertx, client, tokens);
            List<String> customers = codes(runId + "C", (int) options.number("customers", 40));
            List<String> probes = codes(runId + "P", (int) options.number("probe-customers", 4));
            List<String> holdProbes = codes(runId + "H", (int) options.number("hold-probe-customers", 1));
            TrafficCustomers registry = new TrafficCustomers(vertx, calls, endpoints);
            await(Future.all(registry.register(concat(customers, probes, PORTAL_CUSTOMERS)),
                    registry.register(holdProbes, HoldProbe::customer)));
            calls.forgetFailures();
            Setup setup = new Setup(vertx, calls, endpoints, runId, options);
            if (holdProbes.isEmpty()) {
                return measure(setup, customers, probes, holdProbes, "");
            }
            CreditControlForRun creditControl = new CreditControlForRun(calls, endpoints);
            try {
                await(creditControl.take());
                return measure(setup, customers, probes, holdProbes, creditControl.note());
            } finally {
                await(creditControl.giveBack());
            }
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    /** What the measuring phase works with. */
    private record Setup(Vertx vertx, Calls calls, Endpoints endpoints, String runId, Options options) {
    }

    private static MixedRun measure(Setup setup, List<String> customers, List<String> probes, List<String> holdProbes,
            String creditControl) throws Exception {
        Vertx vertx = setup.vertx();
        Calls calls = setup.calls();
        Endpoints endpoints = setup.endpoints();
        Options options = setup.options();
        Acknowledged acknowledged = new Acknowledged();
        Workload work = new Workload(calls, endpoints, customers, new Backlog(), acknowledged);
        MixedTraffic traffic = new MixedTraffic(Mix.parse(options.text("mix", DEFAULT_MIX)), Map.of(
                "customer", new NewCustomer(calls, endpoints, setup.runId(), acknowledged),
                "order", new PlaceOrder(work),
                "invoice", new InvoiceOrder(work),
                "payment", new ReceivePayment(work),
                "portal", new PortalRead(calls, endpoints, PORTAL_USERS),
                "batch", new IntegratorBatch(vertx, work, setup.runId())), calls);
        StepRunner runner = new StepRunner(vertx, traffic);
        double rate = options.number("rate", 40);
        StepResult warmup = runner.run(rate, options.number("warmup-seconds", 10));
        System.err.printf("warm-up at %.0f/s: %d as expected, %d not%n", rate, warmup.ok(), warmup.errors());

        LagProbe lag = new LagProbe(vertx, calls, endpoints, probes, acknowledged, LagWatch.GIVE_UP_MILLIS);
        HoldProbe hold = new HoldProbe(vertx, calls, endpoints, holdProbes, acknowledged, LagWatch.GIVE_UP_MILLIS);
        lag.start((long) options.number("lag-every-millis", 1000));
        hold.start((long) options.number("hold-every-millis", 5000));
        StepResult measured = runner.run(rate, options.number("seconds", 60));
        lag.stop();
        hold.stop();
        // A hold cycle waits for its hold, then for its release, each up to the give-up time.
        long giveUp = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(2 * LagWatch.GIVE_UP_MILLIS + Calls.RETRY_FOR_MILLIS);
        while (!(lag.settled() && hold.settled()) && System.nanoTime() < giveUp) {
            Thread.sleep(100);
        }
        MixedReport report = new MixedReport(measured, lag, hold, creditControl, calls.retries(), calls.failures());
        return new MixedRun(report.markdown(), report.summary(), report.timelineCsv(), measured.ok(), measured.errors(),
                lag.invoices(), lag.watch().samplesSeen(), lag.watch().unseen(), lag.failed(), acknowledged.byKind(),
                hold.cycles(), hold.watch().samplesSeen(), hold.watch().unseen(), hold.refused());
    }

    private static String acknowledgedCsv(MixedRun run) {
        StringBuilder csv = new StringBuilder("kind,id\n");
        run.acknowledged().forEach((kind, ids) -> ids.forEach(id -> csv.append(kind).append(',').append(id).append('\n')));
        return csv.toString();
    }

    private static List<String> codes(String prefix, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> prefix + "%03d".formatted(i)).toList();
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return Arrays.stream(lists).flatMap(List::stream).toList();
    }

    private static void await(Future<?> future) throws Exception {
        future.toCompletionStage().toCompletableFuture().get(5, TimeUnit.MINUTES);
    }

    private static void write(String file, String text) throws IOException {
        if (!file.isEmpty()) {
            Files.writeString(Path.of(file), text);
        }
    }
}
