package dev.tradebook.load;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The run's own documents still waiting for their next step, oldest first: orders to invoice, invoices to pay.
 * Touched on the event loop only.
 */
final class Backlog {

    record Invoice(String number, String customer, BigDecimal total) {
    }

    private final Deque<String> ordersToInvoice = new ArrayDeque<>();
    private final Deque<Invoice> invoicesToPay = new ArrayDeque<>();

    void ordered(String orderNumber) {
        ordersToInvoice.addLast(orderNumber);
    }

    /** The oldest order not yet invoiced, or null. */
    String nextOrderToInvoice() {
        return ordersToInvoice.pollFirst();
    }

    void invoiced(Invoice invoice) {
        invoicesToPay.addLast(invoice);
    }

    /** The oldest invoice not yet paid, or null. */
    Invoice nextInvoiceToPay() {
        return invoicesToPay.pollFirst();
    }
}
