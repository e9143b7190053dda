package dev.tradebook.ledger.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CustomerLedgerRepository implements PanacheRepositoryBase<CustomerLedger, String> {

    List<CustomerLedger> ofCustomers(Collection<String> customerCodes) {
        return list("customerCode in ?1", customerCodes);
    }

    /**
     * Customers whose automatic holds could change without a posting: those held now, those with a limit, and
     * those with an invoice or refund past due. The rest can only be held by a posting, which evaluates them.
     */
    @SuppressWarnings("unchecked")
    List<String> candidatesForCreditControl(LocalDate today) {
        return getEntityManager().createNativeQuery("""
                select c.customer_code from customer_ledger c
                where c.held_for_credit_limit or c.held_for_past_due or c.credit_limit > 0
                   or exists (select 1 from open_item i where i.customer_code = c.customer_code and i.outstanding > 0
                              and i.kind in ('INVOICE', 'REFUND', 'REVERSAL_DEBIT') and i.due_date < :today)
                order by c.customer_code""", String.class)
                .setParameter("today", today)
                .getResultList();
    }
}
