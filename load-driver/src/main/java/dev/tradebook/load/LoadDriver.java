package dev.tradebook.load;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;

/**
 * Constant-rate POST load in steps of increasing rate, then one step at half the saturation rate for
 * the latency figures. With {@code --saturation} (a rate found by another tool, e.g. wrk's closed loop, which
 * costs the shared cores less) it skips the steps and runs only the half-load step at half that rate.
 *
 * <pre>
 * LOAD_AUTHORIZATION="Bearer ..." java -cp ... dev.tradebook.load.LoadDriver \
 *   --url http://localhost:8083/api/v1/sales-orders --body-file order.json --customers-file codes.txt \
 *   (--rates 50,100,200,400 [--step-seconds 20] | --saturation 1200) [--warmup-rate first rate] [--warmup-seconds 10]
 *   [--half-load-seconds 30]
 *   [--connections 64] [--summary-file out.properties] [--timeline-file half.csv]
 * </pre>
 *
 * The body's {@code {customer}} is replaced by the customers of the file in turn. Stepping stops after the
 * first step that did not keep up. The token comes from the environment so it never shows in {@code ps}.
 * Requests go over at most {@code --connections} keep-alive HTTP/1.1 connections; one due while all are busy
 * waits for one, and its latency counts that wait. The timeline file has the half-load step second by second.
 */
public final class LoadDriver {

    private LoadDriver() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Options options = new Options(args);
        List<String> customers = Files.readAllLines(Path.of(options.text("customers-file"))).stream()
                .map(String::strip).filter(line -> !line.isEmpty()).toList();
        String authorization = System.getenv("LOAD_AUTHORIZATION");
        RequestFactory requests = new RequestFactory(URI.create(options.text("url")),
                Files.readString(Path.of(options.text("body-file"))), customers,
                authorization == null ? Map.of() : Map.of("Authorization", authorization));
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setConnectTimeout(5_000),
                new PoolOptions().setHttp1MaxSize((int) options.number("connections", 64)));
        StepRunner runner = new StepRunner(vertx, new PostTraffic(client, requests));
        boolean stepping = options.text("saturation", "").isEmpty();
        List<Double> rates = stepping ? options.numbers("rates") : List.of(options.number("saturation", 0) / 2);

        // Lets the JIT compile the server's hot paths before anything is measured.
        StepResult warmup = runner.run(options.number("warmup-rate", rates.get(0)), options.number("warmup-seconds", 10));
        System.out.printf("warm-up at %.0f/s: %d ok, %d errors%n%n", warmup.targetRate(), warmup.ok(), warmup.errors());
        OptionalDouble saturation = stepping
                ? steps(runner, rates, options.number("step-seconds", 20))
                : OptionalDouble.of(options.number("saturation", 0));
        Optional<StepResult> halfLoad = Optional.empty();
        if (saturation.isPresent()) {
            halfLoad = Optional.of(runner.run(saturation.getAsDouble() / 2, options.number("half-load-seconds", 30)));
            System.out.printf("%nHalf of saturation (%.1f/s):%n%n", saturation.getAsDouble() / 2);
            System.out.print(Report.table(List.of(halfLoad.get())));
        }
        String summary = Report.summary(saturation, halfLoad);
        System.out.printf("%n%s", summary);
        String summaryFile = options.text("summary-file", "");
        if (!summaryFile.isEmpty()) {
            Files.writeString(Path.of(summaryFile), summary);
        }
        String timelineFile = options.text("timeline-file", "");
        if (!timelineFile.isEmpty() && halfLoad.isPresent()) {
            Files.writeString(Path.of(timelineFile), halfLoad.get().timeline().csv());
        }
        vertx.close();
    }

    /** Steps up until a step does not keep up; the best sustained rate is the saturation. */
    private static OptionalDouble steps(StepRunner runner, List<Double> rates, double stepSeconds)
            throws InterruptedException {
        List<StepResult> steps = new ArrayList<>();
        for (double rate : rates) {
            StepResult step = runner.run(rate, stepSeconds);
            steps.add(step);
            System.err.printf("step %.0f/s: achieved %.1f/s, %d errors%n", rate, step.achievedRate(), step.errors());
            if (!step.sustained()) {
                break;
            }
        }
        System.out.print(Report.table(steps));
        return Saturation.of(steps).map(step -> OptionalDouble.of(step.achievedRate())).orElse(OptionalDouble.empty());
    }
}
