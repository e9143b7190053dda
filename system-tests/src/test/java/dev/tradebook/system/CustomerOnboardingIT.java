package dev.tradebook.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.tradebook.local.LocalStack;
import io.restassured.response.Response;

/** A customer created in the customer master reaches the ledger and transaction-service through Kafka. */
class CustomerOnboardingIT {

    private final LocalStack stack = SystemStack.get();
    private final Staff sales = new Staff(stack, "sales");

    @Test
    void newCustomerGetsItsDebtorAccountsAndIsKnownForCreditChecks() {
        String code = "ONB-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

        sales.createCustomer(code, "Onboarding Traders", "USD", List.of("DOM", "EXP")).then().statusCode(201);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Response accounts = sales.debtorAccounts(code);
            assertThat(accounts.statusCode()).isEqualTo(200);
            assertThat(accounts.jsonPath().getList("items.group", String.class)).containsExactlyInAnyOrder("DOM", "EXP");
            assertThat(accounts.jsonPath().getList("items.currency", String.class)).containsOnly("USD");
        });
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Response credit = sales.credit(code);
            assertThat(credit.statusCode()).isEqualTo(200);
            assertThat(credit.<String>path("currency")).isEqualTo("USD");
            assertThat(credit.<String>path("limit")).isEqualTo("10000.00");
            assertThat(credit.<String>path("exposure")).isEqualTo("0.00");
        });
    }
}
