package dev.tradebook.gateway.domain;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An order a cart pushed: for an existing {@code customer}, or for a {@code buyer} the intake finds or registers.
 * {@code lines} are the sales order's lines as transaction-service takes them.
 */
public record IncomingOrder(String channel, ChannelType channelType, String externalOrderId, String customer,
        Buyer buyer, String currency, JsonNode lines) {

    /** The buyer as the cart knows it; {@code id} (else {@code email}) names it in that cart. */
    public record Buyer(String id, String name, String email, String phone, Address address) {

        String cartMapping() {
            return id != null ? id : email;
        }
    }

    public record Address(String line1, String line2, String line3, String city, String pinCode) {
    }

    /** The services answer a retry under these keys with their first answer: one customer, one order. */
    String customerKey() {
        return "order-intake customer " + channel + " " + externalOrderId;
    }

    String orderKey() {
        return "order-intake order " + channel + " " + externalOrderId;
    }
}
