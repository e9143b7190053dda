package dev.tradebook.transaction.events;

import static dev.tradebook.transaction.CreditEndpoint.EVENT_DELIVERY;
import static dev.tradebook.transaction.CreditEndpoint.creditOf;
import static dev.tradebook.transaction.support.Orders.line;
import static dev.tradebook.transaction.support.Orders.order;
import static dev.tradebook.transaction.support.Orders.place;
import static dev.tradebook.transaction.support.Orders.placed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.sql.SQLException;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.tradebook.platform.events.CloudEvent;
import dev.tradebook.platform.events.ledger.EntryReversed;
import dev.tradebook.platform.testing.TestTopics;
import dev.tradebook.transaction.CreditAccountRows;
import dev.tradebook.transaction.support.TestCustomers;
import io.quarkus.test.junit.QuarkusTest;

/** A reversal posted in the ledger moves the exposure by what the customer owes more or less, once. */
@QuarkusTest
class ReversalConsumerTest {

    private static final String DEAD_LETTERS = "dead-letter-topic-ledger-events";

    @Inject
    TestCustomers customers;

    @Inject
    CreditAccountRows rows;

    private static void awaitExposure(String customer, String exposure) {
        await().atMost(EVENT_DELIVERY).until(() -> exposure.equals(creditOf(customer).extract().path("exposure")));
    }

    @Test
    void aReversedInvoiceLowersAndAReversedPaymentRaisesTheExposure() {
        String customer = customers.create("REVX", "EUR", "1000", "STOP");
        placed(customer, "5", "100");
        creditOf(customer).body("exposure", equalTo("500.00"));

        customers.reversal(customer, "EUR", "-118.00");
        awaitExposure(customer, "382.00");

        customers.reversal(customer, "EUR", "40.00");
        awaitExposure(customer, "422.00");
        creditOf(customer).body("available", equalTo("578.00"));
    }

    @Test
    void aReversedPaymentStopsAnOrderPastTheLimit() {
        String customer = customers.create("REVS", "EUR", "1000", "STOP");
        placed(customer, "6", "100");

        customers.reversal(customer, "EUR", "300.00");
        awaitExposure(customer, "900.00");

        place(order(customer, line("2", "100"))).statusCode(422).body("type", endsWith("/credit-limit-exceeded"));
        creditOf(customer).body("exposure", equalTo("900.00"));
    }

    @Test
    void aRedeliveredReversalIsANoOp() throws SQLException {
        String customer = customers.create("REVD", "EUR", "1000", "STOP");
        placed(customer, "5", "100");
        CloudEvent<EntryReversed> reversal = customers.reversal(customer, "EUR", "-100.00");
        customers.redeliver(reversal);

        CloudEvent<EntryReversed> marker = customers.reversal(customer, "EUR", "0.01");

        await().atMost(EVENT_DELIVERY).until(() -> rows.inboxIdsInOrder(customer).contains(marker.id()));
        creditOf(customer).body("exposure", equalTo("400.01"));
        assertThat(rows.inboxIdsInOrder(customer)).containsSubsequence(reversal.id(), marker.id())
                .filteredOn(reversal.id()::equals).hasSize(1);
    }

    /** An amount finer than the currency's scale, or a currency other than the customer's, can never apply. */
    @ParameterizedTest
    @CsvSource({"EUR, -10.005", "USD, -50.00"})
    void aReversalThatCannotApplyIsParkedAndTheNextOneApplies(String currency, String amount) {
        String customer = customers.create("REVM", "EUR", "1000", "STOP");
        placed(customer, "5", "100");

        CloudEvent<EntryReversed> refused = customers.reversal(customer, currency, amount);
        customers.reversal(customer, "EUR", "-10.00");

        awaitExposure(customer, "490.00");
        assertThat(parked(customer)).singleElement()
                .satisfies(record -> assertThat(record.value()).contains(refused.id()));
    }

    private static List<ConsumerRecord<String, String>> parked(String customer) {
        return TestTopics.read(DEAD_LETTERS, record -> customer.equals(record.key()), 1, EVENT_DELIVERY);
    }
}
