package dev.tradebook.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Exactly one default address per kind, as soon as the customer has any of that kind. */
class AddressDefaultsTest {

    private static final Instant NOW = Instant.parse("2026-04-01T00:00:00Z");

    private static AddressDetails address(AddressKind kind, String name, boolean isDefault) {
        return new AddressDetails(null, kind, name, null, null, null, null, null, null, null, null, isDefault);
    }

    @Test
    void theFirstAddressOfEachKindIsItsDefault() {
        Customer customer = TestCustomers.acme(NOW);

        customer.addAddress(address(AddressKind.BILLING, "Head office", false), NOW);
        customer.addAddress(address(AddressKind.SHIPPING, "Warehouse", false), NOW);
        customer.addAddress(address(AddressKind.SHIPPING, "Depot", false), NOW);

        assertThat(customer.defaultAddress(AddressKind.BILLING)).map(AddressDetails::name).contains("Head office");
        assertThat(customer.defaultAddress(AddressKind.SHIPPING)).map(AddressDetails::name).contains("Warehouse");
        assertThat(customer.addresses()).filteredOn(AddressDetails::isDefault).hasSize(2);
    }

    @Test
    void aNewDefaultReplacesTheOldOneOfItsKind() {
        Customer customer = TestCustomers.acme(NOW);
        customer.addAddress(address(AddressKind.SHIPPING, "Warehouse", false), NOW);

        customer.addAddress(address(AddressKind.SHIPPING, "Depot", true), NOW);

        assertThat(customer.addresses()).filteredOn(AddressDetails::isDefault).extracting(AddressDetails::name)
                .containsExactly("Depot");
    }

    @Test
    void aCustomerWithoutAddressesOfAKindHasNoDefaultOfIt() {
        Customer customer = TestCustomers.acme(NOW);
        customer.addAddress(address(AddressKind.BILLING, "Head office", false), NOW);

        assertThat(customer.defaultAddress(AddressKind.SHIPPING)).isEmpty();
    }

    @Test
    void anUnknownAddressCannotBeRevised() {
        Customer customer = TestCustomers.acme(NOW);

        assertThatThrownBy(() -> customer.reviseAddress(42, address(AddressKind.BILLING, "X", true), NOW))
                .hasMessageContaining("Address 42");
    }
}
