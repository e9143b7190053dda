package dev.tradebook.platform.events.customer;

/** An event that carries the customer as it stands after the change: copies are kept from these. */
public interface CustomerChange {

    CustomerProfile customer();
}
