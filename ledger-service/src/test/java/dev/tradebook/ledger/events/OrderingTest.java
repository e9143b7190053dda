package dev.tradebook.ledger.events;

import static dev.tradebook.ledger.LedgerApi.accountsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradebook.ledger.CustomerMaster;
import io.quarkus.test.junit.QuarkusTest;

/** The events of one customer are applied in the order customer-service published them. */
@QuarkusTest
class OrderingTest {

    @Inject
    CustomerMaster customerMaster;

    @Test
    void eachUpdateIsAppliedAfterTheOneBeforeIt() {
        String code = CustomerMaster.newCustomerCode("ORDER");

        // Each event adds one group (T1..T4 come from the test fixtures). Applied in order, every account is
        // opened by its own event, later than the one before; applied out of order, a later event would open
        // several groups at once, with one opening time, or before their predecessors.
        customerMaster.publishAll(List.of(
                customerMaster.created(code, "AED", "DOM"),
                customerMaster.updated(code, "AED", 1, "DOM", "EXP"),
                customerMaster.updated(code, "AED", 2, "DOM", "EXP", "T1"),
                customerMaster.updated(code, "AED", 3, "DOM", "EXP", "T1", "T2"),
                customerMaster.updated(code, "AED", 4, "DOM", "EXP", "T1", "T2", "T3"),
                customerMaster.updated(code, "AED", 5, "DOM", "EXP", "T1", "T2", "T3", "T4")));

        await().atMost(Duration.ofSeconds(60)).until(() -> accountsOf(code).size() == 6);
        List<Map<String, Object>> byOpening = accountsOf(code).stream()
                .sorted(Comparator.comparing(account -> Instant.parse((String) account.get("openedAt"))))
                .toList();
        assertThat(byOpening).extracting(account -> account.get("group"))
                .containsExactly("DOM", "EXP", "T1", "T2", "T3", "T4");
        assertThat(byOpening).extracting(account -> Instant.parse((String) account.get("openedAt")))
                .as("one account per event, each opened after the one before")
                .doesNotHaveDuplicates()
                .isSorted();
    }
}
