package dev.tradebook.transaction.domain;

import java.util.List;

/**
 * A request for a credit-checked document: its lines, the currency the user expects (null: the
 * customer's), whether a credit warning is acknowledged, and who asks.
 */
public record DocumentRequest(String customer, String currency, List<LineInput> lines, boolean acknowledgeCreditWarning,
        String user) {

    public DocumentRequest {
        lines = List.copyOf(lines);
    }
}
