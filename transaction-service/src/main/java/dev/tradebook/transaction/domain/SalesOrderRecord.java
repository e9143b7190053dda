package dev.tradebook.transaction.domain;

import java.util.List;

/** A sales order with every revision of its lines and every credit warning acknowledged on it. */
public record SalesOrderRecord(SalesOrder order, List<SalesOrderRevision> revisions,
        List<CreditAcknowledgement> acknowledgements) {

    public SalesOrderRevision current() {
        return revisions.get(revisions.size() - 1);
    }
}
