package dev.tradebook.ledger.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradebook.ledger.CustomerMaster;
import dev.tradebook.ledger.LedgerEvents;
import dev.tradebook.ledger.SalesDesk;
import dev.tradebook.platform.events.ledger.BalanceChanged;
import io.quarkus.test.junit.QuarkusTest;

/** ledger.balance-changed.v1 follows every posting, with the customer's figures and a growing sequence. */
@QuarkusTest
class BalanceChangedTest {

    @Inject
    CustomerMaster customerMaster;

    @Inject
    SalesDesk salesDesk;

    @Inject
    LedgerEvents ledgerEvents;

    @Test
    void everyPostingPublishesTheNewFigures() {
        String code = CustomerMaster.newCustomerCode("BAL");
        LocalDate today = LocalDate.now();
        customerMaster.publish(customerMaster.created(code, "INR", "DOM"));
        salesDesk.publish(salesDesk.invoice(code, "INV-OLD", "INR", today.minusDays(40), today.minusDays(10), "100.00", "0"));
        salesDesk.publish(salesDesk.invoice(code, "INV-NEW", "INR", today, today.plusDays(30), "50.00", "9.00"));
        salesDesk.publish(salesDesk.payment(code, "PAY-B", "INR", "20.00"));

        List<BalanceChanged> changes = ledgerEvents.read(code, "ledger.balance-changed.v1", BalanceChanged.class, 3);

        assertThat(changes).extracting(BalanceChanged::sequence).containsExactly(1L, 2L, 3L);
        assertThat(changes).extracting(BalanceChanged::sourceDocument).containsExactly("INV-OLD", "INV-NEW", "PAY-B");
        assertThat(changes).extracting(change -> change.balance().toPlainString()).containsExactly("100.00", "159.00", "139.00");
        assertThat(changes).extracting(change -> change.amountDue().toPlainString()).containsExactly("100.00", "159.00", "159.00");
        assertThat(changes).extracting(change -> change.amountOverdue().toPlainString()).containsExactly("100.00", "100.00", "100.00");
        assertThat(changes).allSatisfy(change -> assertThat(change.currency()).isEqualTo("INR"));
    }
}
