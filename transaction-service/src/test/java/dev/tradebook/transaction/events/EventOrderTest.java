package dev.tradebook.transaction.events;

import static dev.tradebook.transaction.CreditEndpoint.EVENT_DELIVERY;
import static dev.tradebook.transaction.CustomerEventFeed.created;
import static dev.tradebook.transaction.CustomerEventFeed.newCustomerCode;
import static dev.tradebook.transaction.CustomerEventFeed.updated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.events.CloudEvent;
import dev.tradebook.platform.events.customer.CustomerUpdated;
import dev.tradebook.transaction.CreditAccountRows;
import dev.tradebook.transaction.CustomerEventFeed;
import io.quarkus.test.junit.QuarkusTest;

/** The events of one customer share a key, so they apply in the order the customer master published them. */
@QuarkusTest
class EventOrderTest {

    @Inject
    CustomerEventFeed feed;

    @Inject
    CreditAccountRows rows;

    @Test
    void eventsOfOneCustomerApplyInPublishingOrder() throws SQLException {
        String code = newCustomerCode("ORD");
        List<String> published = new ArrayList<>();

        for (int version = 1; version <= 20; version++) {
            CloudEvent<CustomerUpdated> event = updated(code, "N" + version, "EUR", Integer.toString(version * 100), version);
            feed.publish(event);
            published.add(event.id());
        }

        await().atMost(EVENT_DELIVERY).until(() -> rows.customerVersion(code) == 20);
        assertThat(rows.find(code).orElseThrow().name()).isEqualTo("N20");
        assertThat(rows.find(code).orElseThrow().creditLimit()).isEqualByComparingTo("2000");
        // Every event was applied, one after the other: none arrived too late and was skipped as stale.
        assertThat(rows.inboxIdsInOrder(code)).containsExactlyElementsOf(published);
    }

    @Test
    void olderVersionArrivingAfterANewerOneDoesNotRollTheCopyBack() throws SQLException {
        String code = newCustomerCode("OLD");
        CloudEvent<CustomerUpdated> stale = updated(code, "Stale", "EUR", "100", 3);

        feed.publish(created(code, "Newest", "EUR", "9000", 5));
        feed.publish(stale);

        await().atMost(EVENT_DELIVERY).until(() -> rows.inboxIdsInOrder(code).contains(stale.id()));
        assertThat(rows.find(code).orElseThrow()).satisfies(copy -> {
            assertThat(copy.name()).isEqualTo("Newest");
            assertThat(copy.creditLimit()).isEqualByComparingTo("9000");
            assertThat(copy.customerVersion()).isEqualTo(5);
        });
    }
}
