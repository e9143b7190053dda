package dev.tradebook.transaction.events;

import static dev.tradebook.transaction.CreditEndpoint.EVENT_DELIVERY;
import static dev.tradebook.transaction.CreditEndpoint.awaitCreditOf;
import static dev.tradebook.transaction.CustomerEventFeed.created;
import static dev.tradebook.transaction.CustomerEventFeed.deactivated;
import static dev.tradebook.transaction.CustomerEventFeed.newCustomerCode;
import static dev.tradebook.transaction.CustomerEventFeed.updated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.sql.SQLException;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.events.CloudEvent;
import dev.tradebook.platform.events.customer.CustomerCreated;
import dev.tradebook.platform.events.customer.CustomerUpdated;
import dev.tradebook.transaction.CreditAccountRows;
import dev.tradebook.transaction.CustomerEventFeed;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CustomerEventsConsumerTest {

    @Inject
    CustomerEventFeed feed;

    @Inject
    CreditAccountRows rows;

    @Test
    void createdCustomerGetsACreditAccountInItsCurrencyWithNoExposure() {
        String code = newCustomerCode("NEW");

        feed.publish(created(code, "Euro Wholesale", "EUR", "5000.00", 0));

        awaitCreditOf(code)
                .body("customer", equalTo(code))
                .body("currency", equalTo("EUR"))
                .body("limit", equalTo("5000.00"))
                .body("exposure", equalTo("0.00"))
                .body("available", equalTo("5000.00"))
                .body("limitChecked", equalTo(true))
                .body("onHold", equalTo(false))
                .body("holdReasons", empty());
    }

    @Test
    void updatedCustomerGetsItsNewNameAndLimit() throws SQLException {
        String code = newCustomerCode("UPD");
        feed.publish(created(code, "Before", "EUR", "5000", 0));

        feed.publish(updated(code, "After", "EUR", "7250.50", 1));

        await().atMost(EVENT_DELIVERY).until(() -> rows.customerVersion(code) == 1);
        assertThat(rows.find(code).orElseThrow().name()).isEqualTo("After");
        awaitCreditOf(code).body("limit", equalTo("7250.50")).body("available", equalTo("7250.50"));
    }

    @Test
    void unknownEventTypeIsSkippedAndTheCustomersNextEventStillApplies() throws SQLException {
        String code = newCustomerCode("UNK");
        String unknownId = UUID.randomUUID().toString();
        feed.publish(code, """
                {"specversion": "1.0", "id": "%s", "source": "/customer-service", "type": "customer.merged.v9",
                 "subject": "%s", "time": "2025-04-01T10:00:00Z", "datacontenttype": "application/json",
                 "data": {"into": "C000001"}}""".formatted(unknownId, code));
        CloudEvent<CustomerCreated> next = created(code, "After The Unknown", "INR", "100", 0);

        feed.publish(next);

        awaitCreditOf(code).body("currency", equalTo("INR"));
        assertThat(rows.inboxIdsInOrder(code)).containsExactly(next.id());
    }

    @Test
    void unknownFieldsInAKnownEventAreIgnored() {
        String code = newCustomerCode("FLD");
        CloudEvent<CustomerUpdated> event = updated(code, "Extra Fields", "USD", "10", 4);

        feed.publish(code, """
                {"specversion": "1.0", "id": "%s", "source": "/customer-service", "type": "customer.updated.v1",
                 "subject": "%s", "time": "2025-04-01T10:00:00Z", "datacontenttype": "application/json", "traceparent": "x",
                 "data": {"customer": {"code": "%s", "name": "Extra Fields", "currency": "USD", "status": "ACTIVE",
                 "creditLimit": "10", "debtorAccountGroups": ["DOM"], "version": 4, "shoeSize": 44},
                 "changedFields": ["name"], "reason": "added later"}}""".formatted(event.id(), code, code));

        awaitCreditOf(code).body("limit", equalTo("10.00")).body("currency", equalTo("USD"));
    }

    @Test
    void inactiveCustomerIsCopiedWithItsStatus() throws SQLException {
        String code = newCustomerCode("OFF");
        feed.publish(created(code, "Dormant", "EUR", "1", 0));

        feed.publish(deactivated(code, "Dormant", "EUR", "1", 1));

        await().atMost(EVENT_DELIVERY).until(() -> rows.customerVersion(code) == 1);
        assertThat(rows.find(code).orElseThrow().status()).isEqualTo("INACTIVE");
    }
}
