package dev.tradebook.transaction.domain;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tradebook.platform.events.EventTypes;
import dev.tradebook.platform.events.sales.CustomerHasTransactions;
import dev.tradebook.platform.runtime.outbox.Outbox;

/** Announces a customer's first document, after which the customer master may no longer delete it. */
@ApplicationScoped
public class FirstDocuments {

    private final Outbox outbox;

    public FirstDocuments(Outbox outbox) {
        this.outbox = outbox;
    }

    /**
     * The account must be locked by the caller, so two first documents cannot both announce. Not itself
     * transactional: an order in a plain JDBC transaction passes here (its customer has documents already).
     */
    public void record(CreditAccount account, DocumentType type, String number) {
        if (account.recordFirstDocument()) {
            outbox.add(EventTypes.CUSTOMER_HAS_TRANSACTIONS, account.customerCode(),
                    new CustomerHasTransactions(account.customerCode(), type.name(), number));
        }
    }
}
