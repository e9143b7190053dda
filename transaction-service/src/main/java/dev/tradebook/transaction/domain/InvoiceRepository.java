package dev.tradebook.transaction.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tradebook.platform.runtime.problem.BusinessRuleViolation;
import dev.tradebook.platform.runtime.problem.Violation;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class InvoiceRepository implements PanacheRepositoryBase<Invoice, String> {

    public List<Invoice> ofOrder(String salesOrder) {
        return list("salesOrder = ?1 order by number", salesOrder);
    }

    /** An invoice of this customer, or 422 naming the request field that named it. */
    public Invoice ofCustomer(CreditAccount account, String number, String field) {
        Invoice invoice = findById(number);
        if (invoice == null || !invoice.customerCode().equals(account.customerCode())) {
            throw new BusinessRuleViolation("unknown-invoice", "Customer " + account.customerCode()
                    + " has no invoice " + number, List.of(new Violation(field, "no invoice of this customer")));
        }
        return invoice;
    }
}
