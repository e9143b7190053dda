package dev.tradebook.ledger.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradebook.ledger.Books;
import dev.tradebook.ledger.CustomerMaster;
import dev.tradebook.ledger.SalesDesk;
import dev.tradebook.platform.events.CloudEvent;
import dev.tradebook.platform.events.Topics;
import dev.tradebook.platform.events.sales.InvoiceIssued;
import dev.tradebook.platform.testing.TestTopics;
import io.quarkus.test.junit.QuarkusTest;

/** A redelivered sales event posts once. */
@QuarkusTest
class SalesRedeliveryTest {

    @Inject
    CustomerMaster customerMaster;

    @Inject
    SalesDesk salesDesk;

    @Inject
    Books books;

    @Test
    void redeliveredInvoicePostsOnce() {
        String code = CustomerMaster.newCustomerCode("AGAIN");
        customerMaster.publish(customerMaster.created(code, "INR", "DOM"));
        CloudEvent<InvoiceIssued> invoice = salesDesk.invoice(code, "INV-R", "INR", LocalDate.now(),
                LocalDate.now().plusDays(30), "100.00", "5.00");
        String record = salesDesk.encode(invoice);

        TestTopics.send(Topics.SALES_EVENTS, code, record);
        TestTopics.send(Topics.SALES_EVENTS, code, record);
        // Same key, same partition: once this later document posts, the redelivery before it has been handled.
        salesDesk.publish(salesDesk.payment(code, "PAY-R", "INR", "5.00"));

        await().atMost(Duration.ofSeconds(60)).until(() -> books.outstanding(code).containsKey("PAY-R"));
        assertThat(books.entriesOf(code)).isEqualTo(2);
        assertThat(books.storedBalance(code)).isEqualByComparingTo("100.00");
    }
}
