package dev.tradebook.transaction.api;

import java.math.BigDecimal;
import java.time.Instant;

import dev.tradebook.transaction.domain.CreditAcknowledgement;
import dev.tradebook.transaction.domain.CreditFigures;

/** A credit warning someone accepted, with the figures they were shown. */
public record AcknowledgementView(String acknowledgedBy, Instant acknowledgedAt, BigDecimal limit, BigDecimal exposure,
        BigDecimal documentAmount) {

    static AcknowledgementView of(CreditAcknowledgement acknowledgement, String currency) {
        CreditFigures figures = acknowledgement.figures(currency);
        return new AcknowledgementView(acknowledgement.acknowledgedBy(), acknowledgement.acknowledgedAt(),
                figures.limit().amount(), figures.exposure().amount(), figures.documentAmount().amount());
    }
}
