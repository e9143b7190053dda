package dev.tradebook.ledger.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import dev.tradebook.ledger.Books;
import dev.tradebook.ledger.CustomerMaster;
import dev.tradebook.ledger.SalesDesk;
import dev.tradebook.platform.events.CloudEvent;
import dev.tradebook.platform.events.EventTypes;
import dev.tradebook.platform.events.sales.DocumentTotals;
import dev.tradebook.platform.events.sales.InvoiceIssued;
import dev.tradebook.platform.testing.TestTopics;
import io.quarkus.test.junit.QuarkusTest;

/** A document that can never post goes to the dead-letter topic with nothing of it written; the next one posts. */
@QuarkusTest
class RefusedDocumentTest {

    static final String DEAD_LETTERS = "dead-letter-topic-sales-events";

    @Inject
    CustomerMaster customerMaster;

    @Inject
    SalesDesk salesDesk;

    @Inject
    Books books;

    private String customer() {
        String code = CustomerMaster.newCustomerCode("REFUSE");
        customerMaster.publish(customerMaster.created(code, "INR", "DOM"));
        return code;
    }

    private List<ConsumerRecord<String, String>> deadLetters(CloudEvent<?> event) {
        return TestTopics.read(DEAD_LETTERS, record -> record.value().contains(event.id()), 1, Duration.ofSeconds(60));
    }

    @Test
    void invoiceInAnotherCurrencyIsRefused() {
        String code = customer();
        CloudEvent<InvoiceIssued> dollars = salesDesk.invoice(code, "INV-USD", "USD", LocalDate.now(),
                LocalDate.now().plusDays(30), "100.00", "0");

        salesDesk.publish(dollars);
        salesDesk.publish(salesDesk.invoice(code, "INV-INR", "INR", LocalDate.now(), LocalDate.now().plusDays(30), "50.00", "0"));

        assertThat(deadLetters(dollars)).hasSize(1);
        await().atMost(Duration.ofSeconds(60)).until(() -> books.entriesOf(code) == 1);
        assertThat(books.linesOf(code, "INV-USD")).isEmpty();
        assertThat(books.outstanding(code)).containsOnlyKeys("INV-INR");
        assertThat(books.storedBalance(code)).isEqualByComparingTo("50.00");
    }

    @Test
    void invoiceWhoseTotalIsNotNetPlusTaxIsRefused() {
        String code = customer();
        CloudEvent<InvoiceIssued> unbalanced = CloudEvent.of(UUID.randomUUID().toString(), SalesDesk.SOURCE,
                EventTypes.INVOICE_ISSUED, code, Instant.now(), new InvoiceIssued("INV-BAD", code, "INR", LocalDate.now(),
                        LocalDate.now(), new DocumentTotals(new BigDecimal("100.00"), new BigDecimal("18.00"),
                                new BigDecimal("117.00")), null));

        salesDesk.publish(unbalanced);

        assertThat(deadLetters(unbalanced)).hasSize(1);
        assertThat(books.entriesOf(code)).isZero();
        assertThat(books.outstanding(code)).isEmpty();
    }
}
