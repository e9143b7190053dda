package dev.tradebook.ledger.events;

import static dev.tradebook.ledger.LedgerApi.groupsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradebook.ledger.CustomerMaster;
import dev.tradebook.platform.events.CloudEvent;
import dev.tradebook.platform.events.customer.CustomerCreated;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;

/** Delivery is at least once; the effect of an event is exactly once. */
@QuarkusTest
class RedeliveryTest {

    @Inject
    CustomerMaster customerMaster;

    @Inject
    MeterRegistry registry;

    @Test
    void redeliveredEventOpensNoSecondAccount() {
        String code = CustomerMaster.newCustomerCode("TWICE");
        double duplicatesBefore = registry.counter("inbox.duplicates").count();
        CloudEvent<CustomerCreated> created = customerMaster.created(code, "GBP", "DOM");
        String record = customerMaster.encode(created);

        customerMaster.publishRecord(code, record);
        customerMaster.publishRecord(code, record);
        // Same key, same partition: once this later event shows, the duplicate before it has been handled.
        customerMaster.publish(customerMaster.updated(code, "GBP", 1, "DOM", "EXP"));

        await().atMost(Duration.ofSeconds(60)).until(() -> groupsOf(code).contains("EXP"));
        assertThat(groupsOf(code)).containsExactly("DOM", "EXP");
        assertThat(registry.counter("inbox.duplicates").count())
                .as("the inbox, not only the one-account-per-group rule, recognised the redelivery")
                .isGreaterThanOrEqualTo(duplicatesBefore + 1);
    }
}
