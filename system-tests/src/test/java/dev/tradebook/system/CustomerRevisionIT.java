package dev.tradebook.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.tradebook.local.LocalStack;

/** A change on the customer master reaches the other services' copies: credit terms and new debtor account groups. */
class CustomerRevisionIT {

    private final LocalStack stack = SystemStack.get();
    private final Staff sales = new Staff(stack, "sales");

    @Test
    void revisedCreditLimitAndGroupsReachTransactionsAndLedger() {
        String code = "REV-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        sales.createCustomer(code, "Revision Traders", "INR", List.of("DOM")).then().statusCode(201);
        await().atMost(Duration.ofSeconds(60)).until(() -> sales.credit(code).statusCode() == 200);
        String etag = sales.customer(code).header("ETag");

        sales.patchCustomer(code, etag, """
                {"creditLimit": "75000", "debtorAccountGroups": ["DOM", "EXP"]}""").then().statusCode(200);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(sales.credit(code).<String>path("limit")).isEqualTo("75000.00"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(sales.debtorAccounts(code).jsonPath().getList("items.group", String.class))
                        .containsExactlyInAnyOrder("DOM", "EXP"));
        assertThat(EventLog.read(stack, "customer.events", List.of(code), Duration.ofSeconds(3)))
                .extracting(EventLog.Published::type)
                .contains("customer.created.v1", "customer.updated.v1", "customer.credit-terms-changed.v1");
    }
}
