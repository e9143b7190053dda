package dev.tradebook.customer.domain;

import java.time.Instant;
import java.util.List;

/** Customers for the rules tests, registered without HTTP or database. */
final class TestCustomers {

    private TestCustomers() {
    }

    /** A dealer C-1 in INR with only the required fields, registered by priya at {@code at}. */
    static Customer acme(Instant at) {
        CustomerDetails details = new CustomerDetails("Acme", null, CustomerType.DEALER, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                List.of("DOM"), null, null, null, null, null);
        return Customer.register("C-1", "INR", details, "priya", at);
    }
}
