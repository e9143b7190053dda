package dev.tradebook.customer.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import dev.tradebook.customer.domain.Customer;

/** A customer as the API shows it. */
public record CustomerView(
        String code,
        String name,
        String currency,
        String status,
        BigDecimal creditLimit,
        List<String> debtorAccountGroups,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    static CustomerView of(Customer customer) {
        return new CustomerView(customer.code(), customer.name(), customer.currency(), customer.status().name(),
                customer.creditLimit().amount(), customer.debtorAccountGroups(), customer.version(),
                customer.createdAt(), customer.updatedAt());
    }
}
