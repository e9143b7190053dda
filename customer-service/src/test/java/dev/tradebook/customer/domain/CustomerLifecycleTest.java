package dev.tradebook.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.runtime.problem.StateConflict;

/** The aggregate's lifecycle rules (status, ownership, manual hold, deletion), without HTTP or database. */
class CustomerLifecycleTest {

    private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant LATER = Instant.parse("2026-02-01T00:00:00Z");

    private static Customer customer() {
        return TestCustomers.acme(CREATED);
    }

    @Test
    void deactivateMakesItInactiveAndRecordsWhen() {
        Customer customer = customer();

        customer.deactivate(LATER);

        assertThat(customer.status()).isEqualTo(CustomerStatus.INACTIVE);
        assertThat(customer.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void deactivatingTwiceIsRefused() {
        Customer customer = customer();
        customer.deactivate(LATER);

        assertThatThrownBy(() -> customer.deactivate(LATER)).isInstanceOf(StateConflict.class)
                .hasMessageContaining("already inactive");
    }

    @Test
    void activateMakesAnInactiveCustomerActive() {
        Customer customer = customer();
        customer.deactivate(LATER);

        customer.activate(LATER);

        assertThat(customer.status()).isEqualTo(CustomerStatus.ACTIVE);
    }

    @Test
    void activatingAnActiveCustomerIsRefused() {
        Customer customer = customer();

        assertThatThrownBy(() -> customer.activate(LATER)).isInstanceOf(StateConflict.class)
                .hasMessageContaining("already active");
        assertThat(customer.updatedAt()).isEqualTo(CREATED);
    }

    @Test
    void transferAnswersThePreviousOwner() {
        Customer customer = customer();

        assertThat(customer.transferTo("neha", LATER)).isEqualTo("priya");
        assertThat(customer.owner()).isEqualTo("neha");
        assertThat(customer.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void transferToTheCurrentOwnerTouchesNothing() {
        Customer customer = customer();

        customer.transferTo("priya", LATER);

        assertThat(customer.updatedAt()).isEqualTo(CREATED);
    }

    @Test
    void holdAddsTheManualReasonWithWhoAndWhen() {
        Customer customer = customer();

        customer.placeOnHold("Cheque bounced", "ravi", LATER);

        assertThat(customer.onHold()).isTrue();
        assertThat(customer.holdReasons()).containsExactly(HoldReason.MANUAL);
        assertThat(customer.manualHoldReason()).isEqualTo("Cheque bounced");
        assertThat(customer.manualHoldBy()).isEqualTo("ravi");
        assertThat(customer.manualHoldAt()).isEqualTo(LATER);
    }

    @Test
    void releaseClearsTheManualHold() {
        Customer customer = customer();
        customer.placeOnHold("Cheque bounced", "ravi", LATER);

        customer.releaseHold(LATER);

        assertThat(customer.onHold()).isFalse();
        assertThat(customer.manualHoldReason()).isNull();
        assertThat(customer.manualHoldBy()).isNull();
    }

    @Test
    void releaseWithoutAHoldIsRefused() {
        Customer customer = customer();

        assertThatThrownBy(() -> customer.releaseHold(LATER)).isInstanceOf(StateConflict.class)
                .hasMessageContaining("not on manual hold");
    }

    @Test
    void deleteWithoutTransactionsMarksItDeleted() {
        Customer customer = customer();

        customer.delete(LATER);

        assertThat(customer.deleted()).isTrue();
    }

    @Test
    void deleteAfterATransactionIsRefused() {
        Customer customer = customer();
        customer.recordTransaction();

        assertThatThrownBy(() -> customer.delete(LATER)).isInstanceOf(StateConflict.class)
                .hasMessageContaining("has transactions");
        assertThat(customer.deleted()).isFalse();
    }

    @Test
    void aDeletedCustomerCannotGetATransaction() {
        Customer customer = customer();
        customer.delete(LATER);

        assertThatThrownBy(customer::recordTransaction).isInstanceOf(StateConflict.class)
                .hasMessageContaining("is deleted");
        assertThat(customer.hasTransactions()).isFalse();
    }
}
