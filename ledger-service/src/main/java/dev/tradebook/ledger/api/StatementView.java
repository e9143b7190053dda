package dev.tradebook.ledger.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.tradebook.ledger.domain.Statement;
import dev.tradebook.ledger.domain.StatementLine;

/**
 * {@code GET /customers/{code}/statement}: {@code kind} OPEN_ITEMS (with {@code openItems}) or PERIOD (with
 * {@code openingBalance}, {@code lines} and the running balance); both end with {@code closingBalance}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatementView(
        String kind,
        String customer,
        String customerName,
        String currency,
        LocalDate asOf,
        LocalDate from,
        LocalDate to,
        BigDecimal openingBalance,
        List<Line> lines,
        List<OpenItemView> openItems,
        BigDecimal closingBalance) {

    public record Line(LocalDate date, String kind, String document, BigDecimal debit, BigDecimal credit,
            BigDecimal balance) {

        static Line of(StatementLine line) {
            return new Line(line.date(), line.kind().name(), line.document(), line.debit(), line.credit(), line.balance());
        }
    }

    static StatementView of(Statement statement) {
        boolean period = statement.isPeriod();
        return new StatementView(period ? "PERIOD" : "OPEN_ITEMS", statement.customer(), statement.customerName(),
                statement.currency(), statement.asOf(), statement.from(), statement.to(), statement.openingBalance(),
                period ? statement.lines().stream().map(Line::of).toList() : null,
                period ? null : statement.openItems().stream().map(OpenItemView::of).toList(),
                statement.closingBalance());
    }
}
