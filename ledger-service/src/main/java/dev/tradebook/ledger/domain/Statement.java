package dev.tradebook.ledger.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A customer's statement. An open-item statement ({@code from} and {@code to} null) lists what is open on
 * {@code asOf}; a period statement lists every posting from/to with the balance before and after. Amounts are
 * at the currency's scale; {@code closingBalance} is what the customer owes at the end.
 */
public record Statement(
        String customer,
        String customerName,
        String currency,
        LocalDate asOf,
        LocalDate from,
        LocalDate to,
        BigDecimal openingBalance,
        List<StatementLine> lines,
        List<OpenItem> openItems,
        BigDecimal closingBalance) {

    public Statement {
        lines = List.copyOf(lines);
        openItems = List.copyOf(openItems);
    }

    public boolean isPeriod() {
        return from != null || to != null;
    }
}
