package dev.tradebook.transaction.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.tradebook.platform.events.EventTypes;
import dev.tradebook.platform.events.sales.CashSaleMade;

/**
 * Cash sales: paid on the spot, so no credit check and no change of exposure. A customer on hold gets
 * one only when the hold policy allows cash sales.
 */
@ApplicationScoped
public class CashSales {

    private final CreditAccounts creditAccounts;
    private final Settings settings;
    private final NewDocuments documents;
    private final DocumentLists lists;

    public CashSales(CreditAccounts creditAccounts, Settings settings, NewDocuments documents,
            DocumentLists lists) {
        this.creditAccounts = creditAccounts;
        this.settings = settings;
        this.documents = documents;
        this.lists = lists;
    }

    @Transactional(dontRollbackOn = CreditRefused.class)
    public CashSale make(DocumentRequest request, PaymentMethod method, String reference) {
        CreditAccount account = creditAccounts.lockForDocument(request.customer());
        Pricing.Priced priced = Pricing.price(request.lines(), DocumentCurrency.of(account, request.currency()));
        if (account.onHold() && !settings.current().holdPolicy().allowsCashSales()) {
            throw CreditRefused.onHold(account.position(), priced.totals().total(), account.holdReasons());
        }
        CashSale sale = new CashSale(documents.number(DocumentType.CASH_SALE), account, priced, method, reference,
                request.user(), documents.now(), documents.today());
        return documents.store(account, DocumentType.CASH_SALE, sale, EventTypes.CASH_SALE_MADE,
                new CashSaleMade(sale.number(), account.customerCode(), account.currency(), sale.documentDate(),
                        priced.totals().toEvent(), method.name(), reference));
    }

    public CashSale find(String number) {
        return documents.find(CashSale.class, "Cash sale", number);
    }

    public DocumentPage<CashSale> list(DocumentListQuery query) {
        return lists.list(CashSale.class, "documentDate", query, List.of());
    }
}
