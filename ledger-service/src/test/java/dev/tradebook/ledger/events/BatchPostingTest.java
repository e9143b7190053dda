package dev.tradebook.ledger.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import dev.tradebook.ledger.Books;
import dev.tradebook.ledger.CustomerMaster;
import dev.tradebook.ledger.LedgerEvents;
import dev.tradebook.ledger.SalesDesk;
import dev.tradebook.platform.events.CloudEvent;
import dev.tradebook.platform.events.Topics;
import dev.tradebook.platform.events.ledger.BalanceChanged;
import dev.tradebook.platform.events.sales.Allocation;
import dev.tradebook.platform.testing.TestTopics;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;

/**
 * One poll of sales records posts in one transaction. The consumer is handed each poll here as the connector
 * would hand it, so that the records are surely in one batch (through the broker they may be split).
 */
@QuarkusTest
class BatchPostingTest {

    static final LocalDate TODAY = LocalDate.now();

    @Inject
    SalesEventsConsumer consumer;

    @Inject
    CustomerMaster customerMaster;

    @Inject
    SalesDesk salesDesk;

    @Inject
    Books books;

    @Inject
    LedgerEvents ledgerEvents;

    @Inject
    MeterRegistry registry;

    private String customer(String prefix) {
        String code = CustomerMaster.newCustomerCode(prefix);
        customerMaster.publish(customerMaster.created(code, "INR", "DOM"));
        await().atMost(Duration.ofSeconds(60)).until(() -> books.storedBalance(code) != null);
        return code;
    }

    private CloudEvent<?> invoice(String customer, String number, String currency, String net) {
        return salesDesk.invoice(customer, number, currency, TODAY, TODAY.plusDays(30), net, "0");
    }

    private static ConsumerRecords<String, String> poll(SalesDesk desk, CloudEvent<?>... events) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (CloudEvent<?> event : events) {
            records.add(new ConsumerRecord<>(Topics.SALES_EVENTS, 0, records.size(), event.subject(), desk.encode(event)));
        }
        return new ConsumerRecords<>(Map.of(new TopicPartition(Topics.SALES_EVENTS, 0), records), Map.of());
    }

    private double fallbacks() {
        return registry.counter("inbox.batch.fallbacks").count();
    }

    @Test
    void aRefusedDocumentInTheMiddleGoesToTheDeadLetterTopicAndTheOthersPost() {
        String code = customer("BATREF");
        CloudEvent<?> dollars = invoice(code, "INV-USD", "USD", "70.00");
        double fallbacksBefore = fallbacks();

        consumer.on(poll(salesDesk, invoice(code, "INV-1", "INR", "100.00"), dollars, invoice(code, "INV-2", "INR", "30.00")));

        assertThat(fallbacks()).as("the batch failed, then posted one by one").isEqualTo(fallbacksBefore + 1);
        List<ConsumerRecord<String, String>> parked = TestTopics.read(RefusedDocumentTest.DEAD_LETTERS,
                record -> record.value().contains(dollars.id()), 1, Duration.ofSeconds(60));
        assertThat(parked).hasSize(1);
        assertThat(parked.get(0).key()).isEqualTo(code);
        assertThat(new String(parked.get(0).headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .contains("INV-USD is in USD but customer " + code + " transacts in INR");
        assertThat(books.outstanding(code)).containsOnlyKeys("INV-1", "INV-2");
        assertThat(books.storedBalance(code)).isEqualByComparingTo("130.00");
    }

    @Test
    void anEventTwiceInOneBatchPostsOnce() {
        String code = customer("BATDUP");
        CloudEvent<?> invoice = invoice(code, "INV-D", "INR", "100.00");
        double fallbacksBefore = fallbacks();
        double duplicatesBefore = registry.counter("inbox.duplicates").count();

        consumer.on(poll(salesDesk, invoice, invoice, salesDesk.payment(code, "PAY-D", "INR", "20.00")));

        assertThat(books.entriesOf(code)).isEqualTo(2);
        assertThat(books.storedBalance(code)).isEqualByComparingTo("80.00");
        assertThat(registry.counter("inbox.duplicates").count()).isEqualTo(duplicatesBefore + 1);
        assertThat(fallbacks()).as("posted as one batch").isEqualTo(fallbacksBefore);
    }

    @Test
    void aBatchRedeliveredPostsNothingAgain() {
        String code = customer("BATAGAIN");
        ConsumerRecords<String, String> poll = poll(salesDesk, invoice(code, "INV-A", "INR", "100.00"),
                salesDesk.payment(code, "PAY-A", "INR", "40.00"));

        consumer.on(poll);
        consumer.on(poll);

        assertThat(books.entriesOf(code)).isEqualTo(2);
        assertThat(books.storedBalance(code)).isEqualByComparingTo("60.00");
    }

    @Test
    void documentsBeforeTheirCustomerWaitWhileTheOthersOfTheBatchPost() {
        String early = CustomerMaster.newCustomerCode("BATEARLY");
        String known = customer("BATKNOWN");
        double fallbacksBefore = fallbacks();

        consumer.on(poll(salesDesk, invoice(early, "INV-E", "INR", "120.00"), invoice(known, "INV-K", "INR", "10.00"),
                salesDesk.payment(early, "PAY-E", "INR", "120.00", new Allocation("INV-E", new BigDecimal("120.00")))));

        assertThat(books.waitingOf(early)).isEqualTo(2);
        assertThat(books.entriesOf(early)).isZero();
        assertThat(books.outstanding(known)).containsEntry("INV-K", "10");
        assertThat(fallbacks()).as("posted as one batch").isEqualTo(fallbacksBefore);

        customerMaster.publish(customerMaster.created(early, "INR", "DOM"));

        await().atMost(Duration.ofSeconds(60)).until(() -> books.entriesOf(early) == 2);
        assertThat(books.outstanding(early)).as("posted in arrival order: the payment found its invoice")
                .containsEntry("INV-E", "0").containsEntry("PAY-E", "0");
        assertThat(books.waitingOf(early)).isZero();
    }

    @Test
    void eachCustomerPostsInOrderWithItsFiguresAfterEveryPosting() {
        String first = customer("BATONE");
        String second = customer("BATTWO");
        double fallbacksBefore = fallbacks();

        consumer.on(poll(salesDesk,
                salesDesk.invoice(first, "INV-O1", "INR", TODAY.minusDays(40), TODAY.minusDays(10), "100.00", "0"),
                invoice(second, "INV-T1", "INR", "10.00"),
                salesDesk.invoice(first, "INV-O2", "INR", TODAY, TODAY.plusDays(30), "50.00", "9.00"),
                salesDesk.payment(first, "PAY-O", "INR", "120.00", new Allocation("INV-O1", new BigDecimal("100.00"))),
                salesDesk.payment(second, "PAY-T", "INR", "10.00", new Allocation("INV-T1", new BigDecimal("10.00")))));

        List<BalanceChanged> changes = ledgerEvents.read(first, "ledger.balance-changed.v1", BalanceChanged.class, 3);
        assertThat(changes).extracting(BalanceChanged::sequence).containsExactly(1L, 2L, 3L);
        assertThat(changes).extracting(BalanceChanged::sourceDocument).containsExactly("INV-O1", "INV-O2", "PAY-O");
        assertThat(changes).extracting(change -> change.balance().toPlainString()).containsExactly("100.00", "159.00", "39.00");
        assertThat(changes).extracting(change -> change.amountDue().toPlainString()).containsExactly("100.00", "159.00", "59.00");
        assertThat(changes).extracting(change -> change.amountOverdue().toPlainString()).containsExactly("100.00", "100.00", "0.00");
        assertThat(books.outstanding(first)).containsEntry("INV-O1", "0").containsEntry("INV-O2", "59").containsEntry("PAY-O", "20");

        assertThat(ledgerEvents.read(second, "ledger.balance-changed.v1", BalanceChanged.class, 2))
                .extracting(change -> change.balance().toPlainString()).containsExactly("10.00", "0.00");
        assertThat(books.outstanding(second)).containsEntry("INV-T1", "0").containsEntry("PAY-T", "0");
        assertThat(fallbacks()).as("posted as one batch").isEqualTo(fallbacksBefore);
    }
}
