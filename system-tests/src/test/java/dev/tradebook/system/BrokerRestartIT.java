package dev.tradebook.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.tradebook.local.LocalStack;

/** A Kafka broker crash and restart in the middle of a burst of creations: every customer reaches the ledger exactly once. */
class BrokerRestartIT {

    private static final int CUSTOMERS = 40;

    private final LocalStack stack = SystemStack.get();

    @Test
    void everyCustomerOfABurstReachesTheLedgerExactlyOnceAcrossABrokerRestart() throws Exception {
        Staff sales = new Staff(stack, "sales");
        String batch = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            codes.add("BRK-" + batch + "-" + i);
        }
        CountDownLatch halfway = new CountDownLatch(CUSTOMERS / 2);

        CompletableFuture<List<Integer>> burst = CompletableFuture.supplyAsync(() -> codes.stream().map(code -> {
            int status = sales.createCustomer(code, "Burst " + code, "INR", List.of("DOM", "EXP")).statusCode();
            halfway.countDown();
            return status;
        }).toList());
        assertThat(halfway.await(120, TimeUnit.SECONDS)).isTrue();
        stack.kafka().crashAndRestart();

        assertThat(burst.get(180, TimeUnit.SECONDS)).containsOnly(201);
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                assertThat(codes.stream().filter(code -> sales.debtorAccounts(code).<Integer>path("total") == 2).count())
                        .isEqualTo(CUSTOMERS));
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                assertThat(codes.stream().filter(code -> sales.credit(code).statusCode() == 200).count())
                        .isEqualTo(CUSTOMERS));
        List<EventLog.Published> published = EventLog.read(stack, "customer.events", codes, Duration.ofSeconds(10));
        Set<String> customersWithAnEvent = published.stream().map(EventLog.Published::key).collect(Collectors.toSet());
        assertThat(customersWithAnEvent).containsExactlyInAnyOrderElementsOf(codes);
        assertThat(published.stream().map(EventLog.Published::id).distinct().count()).isEqualTo(CUSTOMERS);
    }
}
