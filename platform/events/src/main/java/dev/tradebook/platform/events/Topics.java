package dev.tradebook.platform.events;

/** The Kafka topics; every record on them is keyed by the customer code. */
public final class Topics {

    public static final String CUSTOMER_EVENTS = "customer.events";
    public static final String LEDGER_EVENTS = "ledger.events";
    public static final String SALES_EVENTS = "sales.events";

    private Topics() {
    }
}
