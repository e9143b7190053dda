package dev.tradebook.transaction.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.tradebook.transaction.domain.Opportunity;

public record OpportunityView(
        String number,
        String customer,
        String customerName,
        String currency,
        String title,
        BigDecimal expectedValue,
        LocalDate expectedCloseDate,
        @Schema(description = "OPEN, WON or LOST") String stage,
        @Schema(nullable = true) String lostReason,
        String createdBy,
        Instant createdAt) {

    static OpportunityView of(Opportunity opportunity) {
        return new OpportunityView(opportunity.number(), opportunity.customerCode(), opportunity.customerName(),
                opportunity.currency(), opportunity.title(), opportunity.expectedValue().amount(),
                opportunity.expectedCloseDate(), opportunity.stage().name(), opportunity.lostReason(),
                opportunity.createdBy(), opportunity.createdAt());
    }
}
