package dev.tradebook.transaction.domain;

import dev.tradebook.platform.events.customer.DocumentDefaults;

/**
 * What a document copies from its customer at creation and keeps from then on, whatever the customer
 * master changes later: payment terms, salesman and e-mail from the profile, and its document defaults
 * (addresses, order/invoice e-mails, shipment terms, payment term days, inherited custom fields). Any
 * of them may be null: events written before they existed carry none.
 */
public record DocumentDefaultsCopy(String paymentTerms, String salesman, String email, DocumentDefaults defaults) {

    public static final DocumentDefaultsCopy NONE = new DocumentDefaultsCopy(null, null, null, null);
}
