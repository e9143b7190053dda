package dev.tradebook.platform.events.sales;

import java.time.Instant;

/** Where a sales order imported from an e-commerce cart came from: the cart, the order's id there, when. */
public record OrderEcommerce(String importedFromCart, String cartMapping, Instant importedOn) {
}
