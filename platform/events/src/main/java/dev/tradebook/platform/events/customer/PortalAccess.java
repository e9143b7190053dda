package dev.tradebook.platform.events.customer;

/** Whether the customer's people may log in to the customer portal, and the e-mail of that login. */
public record PortalAccess(boolean loginEnabled, String email) {
}
