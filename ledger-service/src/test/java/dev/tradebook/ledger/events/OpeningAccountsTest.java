package dev.tradebook.ledger.events;

import static dev.tradebook.ledger.LedgerApi.accountsOf;
import static dev.tradebook.ledger.LedgerApi.groupsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradebook.ledger.CustomerMaster;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;

/** customer.created.v1 and customer.updated.v1 open one debtor account per group, in the customer's currency. */
@QuarkusTest
class OpeningAccountsTest {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    CustomerMaster customerMaster;

    @Inject
    MeterRegistry registry;

    @Test
    void createdCustomerGetsOneAccountPerGroupInItsCurrency() {
        String code = CustomerMaster.newCustomerCode("OPEN");

        customerMaster.publish(customerMaster.created(code, "USD", "DOM", "EXP"));

        await().atMost(PATIENCE).until(() -> accountsOf(code).size() == 2);
        List<Map<String, Object>> accounts = accountsOf(code);
        assertThat(accounts).extracting(a -> a.get("group")).containsExactly("DOM", "EXP");
        assertThat(accounts).allSatisfy(account -> {
            assertThat(account).containsEntry("customer", code)
                    .containsEntry("currency", "USD")
                    .containsEntry("name", "Customer " + code)
                    .containsEntry("kind", "DEBTOR");
            assertThat(account.get("id")).isNotNull();
            assertThat(account.get("openedAt")).isNotNull();
        });
    }

    @Test
    void groupAddedByAnUpdateOpensOnlyTheNewAccount() {
        String code = CustomerMaster.newCustomerCode("ADD");
        customerMaster.publish(customerMaster.created(code, "INR", "DOM"));
        await().atMost(PATIENCE).until(() -> groupsOf(code).equals(List.of("DOM")));
        Map<String, Object> domestic = accountsOf(code).get(0);

        customerMaster.publish(customerMaster.updated(code, "INR", 1, "DOM", "EXP"));

        await().atMost(PATIENCE).until(() -> groupsOf(code).equals(List.of("DOM", "EXP")));
        List<Map<String, Object>> accounts = accountsOf(code);
        assertThat(accounts.get(0)).as("the domestic account is kept, not reopened").isEqualTo(domestic);
        assertThat(accounts.get(1)).containsEntry("currency", "INR");
    }

    @Test
    void unknownGroupIsCountedAndOpensNoAccount() {
        String code = CustomerMaster.newCustomerCode("UNK");
        double before = registry.counter("ledger.unknown-account-group").count();

        customerMaster.publish(customerMaster.created(code, "EUR", "NOPE", "DOM"));

        await().atMost(PATIENCE).until(() -> groupsOf(code).equals(List.of("DOM")));
        assertThat(registry.counter("ledger.unknown-account-group").count()).isEqualTo(before + 1);
    }
}
