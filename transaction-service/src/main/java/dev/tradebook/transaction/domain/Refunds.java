package dev.tradebook.transaction.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.tradebook.platform.events.EventTypes;
import dev.tradebook.platform.events.sales.RefundIssued;
import dev.tradebook.platform.runtime.money.Money;

/** Pays money back to customers: each refund raises the exposure by its amount. */
@ApplicationScoped
public class Refunds {

    private final CreditAccounts creditAccounts;
    private final NewDocuments documents;
    private final DocumentLists lists;

    public Refunds(CreditAccounts creditAccounts, NewDocuments documents,
            DocumentLists lists) {
        this.creditAccounts = creditAccounts;
        this.documents = documents;
        this.lists = lists;
    }

    @Transactional
    public Refund issue(TransferRequest request) {
        CreditAccount account = creditAccounts.lockForDocument(request.customer());
        Money amount = Amounts.positive(request.amount(), account.currency(), "amount");
        Refund refund = new Refund(documents.number(DocumentType.REFUND), account, amount, request, documents.now(),
                documents.today());
        account.addExposure(amount);
        return documents.store(account, DocumentType.REFUND, refund, EventTypes.REFUND_ISSUED,
                new RefundIssued(refund.number(), account.customerCode(), account.currency(), refund.documentDate(),
                        amount.amount(), refund.method().name(), refund.reference()));
    }

    public Refund find(String number) {
        return documents.find(Refund.class, "Refund", number);
    }

    public DocumentPage<Refund> list(DocumentListQuery query) {
        return lists.list(Refund.class, "documentDate", query, List.of());
    }
}
