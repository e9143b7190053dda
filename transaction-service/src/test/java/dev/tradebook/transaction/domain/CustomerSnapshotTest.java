package dev.tradebook.transaction.domain;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.runtime.money.Money;

/** A copy only ever holds facts the customer master could have sent. */
class CustomerSnapshotTest {

    @Test
    void refusesANegativeCreditLimit() {
        assertThatThrownBy(() -> snapshot("C1", "Acme", "-0.01", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesANegativeVersion() {
        assertThatThrownBy(() -> snapshot("C1", "Acme", "0", -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesABlankOrOverlongName() {
        assertThatThrownBy(() -> snapshot("C1", " ", "0", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> snapshot("C1", "N".repeat(61), "0", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesACodeOutsideTheCustomerCodeAlphabet() {
        assertThatThrownBy(() -> snapshot("c1", "Acme", "0", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> snapshot("C".repeat(21), "Acme", "0", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static CustomerSnapshot snapshot(String code, String name, String limit, long version) {
        return new CustomerSnapshot(code, name, CustomerStatus.ACTIVE, Money.of(limit, "INR"), version);
    }
}
