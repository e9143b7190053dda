package dev.tradebook.transaction.events;

import static dev.tradebook.transaction.CreditEndpoint.EVENT_DELIVERY;
import static dev.tradebook.transaction.CreditEndpoint.creditOf;
import static dev.tradebook.transaction.support.Orders.placed;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradebook.transaction.support.TestCustomers;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class LedgerEventsConsumerTest {

    @Inject
    TestCustomers customers;

    @Test
    void automaticHoldsComeAndGoWithTheLedgersEvents() {
        String customer = customers.create("AUTO", "EUR", "1000", "STOP");

        customers.automaticHold(customer, "CREDIT_LIMIT", "EUR");
        creditOf(customer).body("onHold", equalTo(true)).body("holdReasons", contains("CREDIT_LIMIT"));

        customers.automaticRelease(customer, "CREDIT_LIMIT", "EUR");
        creditOf(customer).body("onHold", equalTo(false)).body("holdReasons", empty());
    }

    @Test
    void aManualHoldStaysWhenTheAutomaticOneIsReleased() {
        String customer = customers.create("BOTH", "EUR", "1000", "STOP");
        customers.automaticHold(customer, "PAST_DUE", "EUR");
        customers.manualHold(customer, "legal review", 2);

        customers.automaticRelease(customer, "PAST_DUE", "EUR");

        creditOf(customer).body("onHold", equalTo(true)).body("holdReasons", contains("MANUAL"));
    }

    @Test
    void aWriteOffLowersTheExposure() {
        String customer = customers.create("WOFF", "EUR", "1000", "STOP");
        placed(customer, "5", "100");

        customers.writeOff(customer, "EUR", "INV000001", "120.50");

        await().atMost(EVENT_DELIVERY).until(() -> "379.50".equals(creditOf(customer).extract().path("exposure")));
    }
}
