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
import io.quarkus.test.junit.QuarkusTest;

/** A payer's allocation hints settle the invoices they name, as far as those are open. */
@QuarkusTest
class PaymentHintsTest {

    static final LocalDate TODAY = LocalDate.now();

    @Inject
    CustomerMaster customerMaster;

    @Inject
    SalesDesk salesDesk;

    @Inject
    Books books;

    @Test
    void hintsSettleNamedInvoicesAndTheRestStaysUnallocated() {
        String code = CustomerMaster.newCustomerCode("HINT");
        customerMaster.publish(customerMaster.created(code, "USD", "DOM"));
        salesDesk.publish(salesDesk.invoice(code, "INV-A", "USD", TODAY, TODAY.plusDays(30), "100.00", "0"));
        salesDesk.publish(salesDesk.invoice(code, "INV-B", "USD", TODAY, TODAY.plusDays(30), "200.00", "0"));

        // INV-B is asked for more than it has open, INV-X does not exist: the money is kept unallocated.
        salesDesk.publish(salesDesk.payment(code, "PAY-H", "USD", "400.00",
                new Allocation("INV-A", new BigDecimal("60.00")), new Allocation("INV-B", new BigDecimal("250.00")),
                new Allocation("INV-X", new BigDecimal("10.00"))));

        await().atMost(Duration.ofSeconds(60)).until(() -> books.entriesOf(code) == 3);
        assertThat(books.outstanding(code)).containsEntry("INV-A", "40")
                .containsEntry("INV-B", "0")
                .containsEntry("PAY-H", "140");
        assertThat(books.storedBalance(code)).isEqualByComparingTo("-100.00");
    }
}
