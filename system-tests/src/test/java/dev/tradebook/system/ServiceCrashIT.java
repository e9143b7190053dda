package dev.tradebook.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.tradebook.local.LocalStack;
import dev.tradebook.local.Service;
import dev.tradebook.local.ServiceProcess;

/** kill -9 of customer-service right after its 201: the committed customer still reaches the ledger, once. */
class ServiceCrashIT {

    private final LocalStack stack = SystemStack.get();

    @Test
    void customerCommittedJustBeforeACrashIsDeliveredAndAppliedOnce() {
        Staff sales = new Staff(stack, "sales");
        ServiceProcess customerService = stack.service(Service.CUSTOMER);
        String code = "CRASH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

        sales.createCustomer(code, "Crash Survivors", "EUR", List.of("DOM", "EXP")).then().statusCode(201);
        customerService.kill();
        customerService.start();
        customerService.awaitReady();

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                assertThat(sales.debtorAccounts(code).jsonPath().getList("items.group", String.class))
                        .containsExactlyInAnyOrder("DOM", "EXP"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(sales.credit(code).statusCode()).isEqualTo(200));
        List<EventLog.Published> published = EventLog.read(stack, "customer.events", List.of(code), Duration.ofSeconds(5));
        assertThat(published).extracting(EventLog.Published::type).containsOnly("customer.created.v1");
        assertThat(published.stream().map(EventLog.Published::id).distinct()).hasSize(1);
        assertThat(sales.debtorAccounts(code).<Integer>path("total")).isEqualTo(2);
    }
}
