package dev.tradebook.transaction.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.tradebook.transaction.domain.DocumentDefaultsCopy;
import dev.tradebook.transaction.domain.EcommerceFacts;
import dev.tradebook.transaction.domain.SalesOrder;
import dev.tradebook.transaction.domain.SalesOrderRecord;

public record SalesOrderView(
        String number,
        String customer,
        String customerName,
        String currency,
        String status,
        LocalDate orderDate,
        @Schema(description = "0 as created, one more per amendment") int revision,
        List<LineView> lines,
        TotalsView totals,
        BigDecimal invoiced,
        @Schema(description = "the customer's data copied when the order was taken") DocumentDefaultsCopy inherited,
        List<AcknowledgementView> creditAcknowledgements,
        @Schema(nullable = true, description = "the accepted quote it was converted from") String quote,
        @Schema(nullable = true, description = "the e-commerce cart order it was imported from") EcommerceFacts ecommerce,
        String createdBy,
        Instant createdAt,
        String approvedBy,
        Instant approvedAt,
        String cancelReason) {

    static SalesOrderView of(SalesOrderRecord record) {
        SalesOrder order = record.order();
        String currency = order.currency();
        return new SalesOrderView(order.number(), order.customerCode(), order.customerName(), currency,
                order.status().name(), order.orderDate(), order.revision(),
                record.current().lines().stream().map(line -> LineView.of(line, currency)).toList(),
                TotalsView.of(order.totals()), order.invoiced().amount(), order.documentDefaults(),
                record.acknowledgements().stream().map(a -> AcknowledgementView.of(a, currency)).toList(), order.quote(),
                order.ecommerce().orElse(null), order.createdBy(), order.createdAt(), order.approvedBy(), order.approvedAt(), order.cancelReason());
    }
}
