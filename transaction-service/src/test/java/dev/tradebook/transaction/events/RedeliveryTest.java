package dev.tradebook.transaction.events;

import static dev.tradebook.transaction.CreditEndpoint.EVENT_DELIVERY;
import static dev.tradebook.transaction.CreditEndpoint.awaitCreditOf;
import static dev.tradebook.transaction.CustomerEventFeed.created;
import static dev.tradebook.transaction.CustomerEventFeed.newCustomerCode;
import static dev.tradebook.transaction.CustomerEventFeed.updated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.events.CloudEvent;
import dev.tradebook.platform.events.EventTypes;
import dev.tradebook.platform.events.customer.CustomerCreated;
import dev.tradebook.platform.events.customer.CustomerProfile;
import dev.tradebook.platform.events.customer.CustomerUpdated;
import dev.tradebook.transaction.CreditAccountRows;
import dev.tradebook.transaction.CustomerEventFeed;
import io.quarkus.test.junit.QuarkusTest;

/** Delivery is at least once; the effect of one event id happens once (ARCHITECTURE.md, idempotent inbox). */
@QuarkusTest
class RedeliveryTest {

    @Inject
    CustomerEventFeed feed;

    @Inject
    CreditAccountRows rows;

    @Test
    void redeliveredCreatedEventDoesNotRollTheCopyBack() throws SQLException {
        String code = newCustomerCode("DUP");
        CloudEvent<CustomerCreated> original = created(code, "Original", "EUR", "1000", 0);
        CloudEvent<CustomerUpdated> renamed = updated(code, "Renamed", "EUR", "2000", 1);
        CloudEvent<CustomerUpdated> sentinel = updated(code, "Sentinel", "EUR", "3000", 2);

        feed.publish(original);
        feed.publish(renamed);
        feed.publish(original);
        feed.publish(sentinel);

        await().atMost(EVENT_DELIVERY).until(() -> rows.customerVersion(code) == 2);
        assertThat(rows.find(code).orElseThrow().name()).isEqualTo("Sentinel");
        awaitCreditOf(code).body("limit", equalTo("3000.00"));
        assertThat(rows.inboxIdsInOrder(code)).containsExactly(original.id(), renamed.id(), sentinel.id());
    }

    /**
     * The same id with other content is still the same event: it is recognised by its id, not by a version
     * check, which would have let the impostor's higher version through.
     */
    @Test
    void redeliveryIsRecognisedByItsIdAlone() throws SQLException {
        String code = newCustomerCode("IDS");
        CloudEvent<CustomerCreated> first = created(code, "First", "EUR", "1000", 0);
        CloudEvent<CustomerCreated> sameIdNewerContent = CloudEvent.of(first.id(), first.source(), EventTypes.CUSTOMER_CREATED,
                code, Instant.now(), new CustomerCreated(
                        new CustomerProfile(code, "Impostor", "EUR", "ACTIVE", new BigDecimal("9999"), List.of("DOM"), 7)));
        // Already-known version: recorded in the inbox but changes nothing, so it marks that the impostor went by.
        CloudEvent<CustomerUpdated> marker = updated(code, "Marker", "EUR", "1", 0);

        feed.publish(first);
        feed.publish(sameIdNewerContent);
        feed.publish(marker);

        await().atMost(EVENT_DELIVERY).until(() -> rows.inboxIdsInOrder(code).contains(marker.id()));
        assertThat(rows.find(code).orElseThrow()).satisfies(copy -> {
            assertThat(copy.name()).isEqualTo("First");
            assertThat(copy.customerVersion()).isZero();
        });
        awaitCreditOf(code).body("limit", equalTo("1000.00"));
    }
}
