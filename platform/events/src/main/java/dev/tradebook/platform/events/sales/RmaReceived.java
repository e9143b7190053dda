package dev.tradebook.platform.events.sales;

import java.time.LocalDate;

/** {@code sales.rma-received.v1}: returned goods arrived; the credit note follows as its own event. */
public record RmaReceived(String number, String customer, String invoice, LocalDate receivedOn) {
}
