package dev.tradebook.gateway.domain;

/** What kind of cart an order comes from, which decides the source of a buyer registered for it. */
public enum ChannelType {

    /** A web shop selling to consumers: a new buyer is a B2C_CART customer. */
    SHOP("B2C_CART"),
    /** A trade portal selling to businesses: a new buyer is a B2B_PORTAL customer. */
    TRADE_PORTAL("B2B_PORTAL");

    private final String customerSource;

    ChannelType(String customerSource) {
        this.customerSource = customerSource;
    }

    String customerSource() {
        return customerSource;
    }
}
