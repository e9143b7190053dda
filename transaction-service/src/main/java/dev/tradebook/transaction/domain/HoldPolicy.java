package dev.tradebook.transaction.domain;

/** The company's rule for what a customer on hold may still get. */
public enum HoldPolicy {
    ALLOW_NOTHING(false, false),
    /** Orders are taken PENDING, outside the exposure, until someone in accounts approves them. */
    ALLOW_PENDING_ORDERS(true, false),
    ALLOW_CASH_SALES(false, true),
    ALLOW_PENDING_ORDERS_AND_CASH_SALES(true, true);

    private final boolean pendingOrders;
    private final boolean cashSales;

    HoldPolicy(boolean pendingOrders, boolean cashSales) {
        this.pendingOrders = pendingOrders;
        this.cashSales = cashSales;
    }

    public boolean allowsPendingOrders() {
        return pendingOrders;
    }

    public boolean allowsCashSales() {
        return cashSales;
    }
}
