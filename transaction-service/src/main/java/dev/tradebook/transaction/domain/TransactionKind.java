package dev.tradebook.transaction.domain;

import java.util.Optional;

/** Which of a customer's documents to list. */
public enum TransactionKind {
    /** Invoices with something still owed. */
    OPEN_INVOICES("document_type = 'INVOICE' and outstanding > 0"),
    /** Open invoices past their due date. */
    OVERDUE("document_type = 'INVOICE' and outstanding > 0 and due_date < :today"),
    /** Payments received and cash sales. */
    MONEY_IN("money_in"),
    /** Refunds paid out. */
    MONEY_OUT("money_out"),
    /** Every invoice, settled or not. */
    INVOICES("document_type = 'INVOICE'"),
    QUOTES("document_type = 'QUOTE'"),
    ALL("true");

    private final String condition;

    TransactionKind(String condition) {
        this.condition = condition;
    }

    /** The SQL condition on the customer_transaction view; may use the parameter :today. */
    String condition() {
        return condition;
    }

    /** open-invoices → OPEN_INVOICES; empty for a name that is none. */
    public static Optional<TransactionKind> fromParameter(String value) {
        for (TransactionKind kind : values()) {
            if (kind.name().replace('_', '-').equalsIgnoreCase(value)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
