package dev.tradebook.transaction.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.tradebook.platform.events.EventTypes;
import dev.tradebook.platform.events.sales.Allocation;
import dev.tradebook.platform.events.sales.PaymentReceived;
import dev.tradebook.platform.runtime.money.Money;
import dev.tradebook.platform.runtime.problem.BusinessRuleViolation;
import dev.tradebook.platform.runtime.problem.Violation;

/** Receives payments: each lowers the exposure by its amount; allocation hints settle the invoices named. */
@ApplicationScoped
public class Payments {

    private final CreditAccounts creditAccounts;
    private final InvoiceRepository invoices;
    private final NewDocuments documents;
    private final DocumentLists lists;

    public Payments(CreditAccounts creditAccounts, InvoiceRepository invoices, NewDocuments documents,
            DocumentLists lists) {
        this.creditAccounts = creditAccounts;
        this.invoices = invoices;
        this.documents = documents;
        this.lists = lists;
    }

    @Transactional
    public Payment receive(TransferRequest request) {
        CreditAccount account = creditAccounts.lockForDocument(request.customer());
        Money amount = Amounts.positive(request.amount(), account.currency(), "amount");
        Payment payment = new Payment(documents.number(DocumentType.PAYMENT), account, amount, request,
                documents.now(), documents.today());
        Money allocated = Money.zero(account.currency());
        for (int i = 0; i < request.allocations().size(); i++) {
            TransferRequest.AllocationHint hint = request.allocations().get(i);
            String field = "allocations[" + i + "]";
            Money part = Amounts.positive(hint.amount(), account.currency(), field + ".amount");
            Invoice invoice = invoices.ofCustomer(account, hint.invoice(), field + ".invoice");
            invoice.allocate(part, field + ".amount");
            payment.allocate(invoice, part, field + ".invoice");
            allocated = allocated.plus(part);
        }
        if (allocated.isGreaterThan(amount)) {
            throw new BusinessRuleViolation("allocation-exceeds-payment", "The allocations total " + allocated
                    + ", more than the payment of " + amount, List.of(new Violation("allocations",
                            "must total at most " + amount.amount())));
        }
        account.addExposure(amount.negate());
        return documents.store(account, DocumentType.PAYMENT, payment, EventTypes.PAYMENT_RECEIVED,
                new PaymentReceived(payment.number(), account.customerCode(), account.currency(), payment.documentDate(),
                        amount.amount(), payment.method().name(), payment.reference(), payment.allocations().stream()
                                .map(a -> new Allocation(a.invoice(), a.amount())).toList()));
    }

    public Payment find(String number) {
        return documents.find(Payment.class, "Payment", number);
    }

    public DocumentPage<Payment> list(DocumentListQuery query) {
        return lists.list(Payment.class, "documentDate", query, List.of());
    }
}
