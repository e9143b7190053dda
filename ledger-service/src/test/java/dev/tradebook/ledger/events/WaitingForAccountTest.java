package dev.tradebook.ledger.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradebook.ledger.Books;
import dev.tradebook.ledger.CustomerMaster;
import dev.tradebook.ledger.SalesDesk;
import dev.tradebook.platform.events.sales.Allocation;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;

/** Documents that arrive before their customer's account wait, then post in arrival order when it opens. */
@QuarkusTest
class WaitingForAccountTest {

    static final LocalDate TODAY = LocalDate.now();

    @Inject
    CustomerMaster customerMaster;

    @Inject
    SalesDesk salesDesk;

    @Inject
    Books books;

    @Inject
    MeterRegistry registry;

    @Test
    void documentsBeforeTheAccountPostInOrderOnceItOpens() {
        String code = CustomerMaster.newCustomerCode("EARLY");
        double waitingBefore = registry.counter("ledger.postings.waiting-for-account").count();

        salesDesk.publish(salesDesk.invoice(code, "INV-E", "EUR", TODAY, TODAY.plusDays(14), "100.00", "20.00"));
        // In order, the payment finds the invoice and settles it; out of order it would stay unallocated.
        salesDesk.publish(salesDesk.payment(code, "PAY-E", "EUR", "120.00", new Allocation("INV-E", new BigDecimal("120.00"))));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> registry.counter("ledger.postings.waiting-for-account").count() >= waitingBefore + 2);
        assertThat(books.entriesOf(code)).isZero();

        customerMaster.publish(customerMaster.created(code, "EUR", "DOM"));

        await().atMost(Duration.ofSeconds(60)).until(() -> books.entriesOf(code) == 2);
        assertThat(books.outstanding(code)).containsEntry("INV-E", "0").containsEntry("PAY-E", "0");
        assertThat(books.storedBalance(code)).isEqualByComparingTo("0");
    }

    @Test
    void waitingDocumentInAnotherCurrencyStaysParkedAndTheOthersPost() {
        String code = CustomerMaster.newCustomerCode("LATE");
        double refusedBefore = registry.counter("ledger.postings.refused-after-waiting").count();
        salesDesk.publish(salesDesk.invoice(code, "INV-GBP", "GBP", TODAY, TODAY.plusDays(14), "10.00", "0"));
        salesDesk.publish(salesDesk.invoice(code, "INV-EUR", "EUR", TODAY, TODAY.plusDays(14), "30.00", "0"));
        await().atMost(Duration.ofSeconds(60)).until(() -> books.waitingOf(code) == 2);

        customerMaster.publish(customerMaster.created(code, "EUR", "DOM"));

        await().atMost(Duration.ofSeconds(60)).until(() -> books.entriesOf(code) == 1);
        assertThat(books.outstanding(code)).containsOnlyKeys("INV-EUR");
        assertThat(books.waitingOf(code)).isZero();
        assertThat(registry.counter("ledger.postings.refused-after-waiting").count()).isEqualTo(refusedBefore + 1);
    }
}
