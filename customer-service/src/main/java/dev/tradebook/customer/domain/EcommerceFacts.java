package dev.tradebook.customer.domain;

import java.time.Instant;

/**
 * Where a customer imported from an e-commerce cart came from: the cart (channel) and the buyer's id or e-mail
 * in it, which together name one customer; {@code importedOn} is set when the customer is registered.
 */
public record EcommerceFacts(String importedFromCart, String cartMapping, Instant importedOn) {

    /** The same buyer of the same cart, whenever imported. */
    boolean sameBuyer(EcommerceFacts other) {
        return other != null && importedFromCart.equals(other.importedFromCart)
                && cartMapping.equals(other.cartMapping);
    }
}
