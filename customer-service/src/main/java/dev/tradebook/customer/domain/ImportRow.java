package dev.tradebook.customer.domain;

import java.util.List;

import dev.tradebook.platform.runtime.problem.Violation;

/**
 * One record of an import's file: the customer it asks for, or why it could not even be read as one (its
 * format checks, done at the edge exactly as for a single customer). {@code line} is where it starts in the file.
 */
public record ImportRow(long line, NewCustomer customer, List<Violation> refused) {

    public static ImportRow of(long line, NewCustomer customer) {
        return new ImportRow(line, customer, List.of());
    }

    public static ImportRow refused(long line, List<Violation> violations) {
        return new ImportRow(line, null, List.copyOf(violations));
    }

    boolean readable() {
        return refused.isEmpty();
    }

    /**
     * What the row's customer takes that no other customer may share: its code and its cart buyer. A chunk sharing
     * none with the chunks ahead of it can be copied into the database while they are, without waiting for them.
     */
    public List<String> keys() {
        if (!readable()) {
            return List.of();
        }
        EcommerceFacts cart = customer.ecommerce();
        return cart == null ? List.of(customer.code())
                : List.of(customer.code(), "cart buyer " + cart.importedFromCart() + "/" + cart.cartMapping());
    }
}
