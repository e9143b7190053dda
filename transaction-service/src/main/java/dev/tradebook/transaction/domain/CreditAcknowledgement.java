package dev.tradebook.transaction.domain;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.tradebook.platform.runtime.money.Money;

/** Someone accepted a document past a WARN credit limit: who, when, and the figures they were shown. */
@Entity
@Table(name = "credit_acknowledgement")
public class CreditAcknowledgement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false, updatable = false)
    private DocumentType documentType;

    @Column(name = "document_number", nullable = false, updatable = false)
    private String documentNumber;

    @Column(name = "acknowledged_by", nullable = false, updatable = false)
    private String acknowledgedBy;

    @Column(name = "acknowledged_at", nullable = false, updatable = false)
    private Instant acknowledgedAt;

    @Column(name = "credit_limit", nullable = false, updatable = false, precision = 19, scale = 4)
    private BigDecimal creditLimit;

    @Column(nullable = false, updatable = false, precision = 19, scale = 4)
    private BigDecimal exposure;

    @Column(name = "document_amount", nullable = false, updatable = false, precision = 19, scale = 4)
    private BigDecimal documentAmount;

    protected CreditAcknowledgement() {
    }

    CreditAcknowledgement(DocumentType documentType, String documentNumber, String acknowledgedBy, Instant acknowledgedAt,
            CreditFigures figures) {
        this.documentType = documentType;
        this.documentNumber = documentNumber;
        this.acknowledgedBy = acknowledgedBy;
        this.acknowledgedAt = acknowledgedAt;
        this.creditLimit = figures.limit().amount();
        this.exposure = figures.exposure().amount();
        this.documentAmount = figures.documentAmount().amount();
    }

    public String acknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    public CreditFigures figures(String currency) {
        return new CreditFigures(Money.of(creditLimit, currency), Money.of(exposure, currency),
                Money.of(documentAmount, currency));
    }
}
