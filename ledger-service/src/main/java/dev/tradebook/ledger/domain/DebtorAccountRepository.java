package dev.tradebook.ledger.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class DebtorAccountRepository implements PanacheRepositoryBase<DebtorAccount, UUID> {

    private static final Sort BY_CUSTOMER_THEN_GROUP = Sort.by("customerCode").and("groupCode");

    List<DebtorAccount> ofCustomer(String customerCode) {
        return find("customerCode", BY_CUSTOMER_THEN_GROUP, customerCode).list();
    }

    List<DebtorAccount> ofCustomers(Collection<String> customerCodes) {
        return list("customerCode in ?1", customerCodes);
    }

    /** Σ of the stored balances of the customer's accounts (0 when it has none). */
    BigDecimal balanceOf(String customerCode) {
        return getEntityManager()
                .createQuery("select coalesce(sum(a.balance), 0) from DebtorAccount a where a.customerCode = :customer",
                        BigDecimal.class)
                .setParameter("customer", customerCode)
                .getSingleResult();
    }

    Set<String> groupCodesOf(String customerCode) {
        return find("customerCode", customerCode).stream()
                .map(DebtorAccount::groupCode)
                .collect(Collectors.toSet());
    }

    /** Every account, or one customer's (when a code is given), by customer then group; pages count from 0. */
    DebtorAccountPage page(String customerCode, int page, int size) {
        PanacheQuery<DebtorAccount> query = customerCode == null
                ? findAll(BY_CUSTOMER_THEN_GROUP)
                : find("customerCode", BY_CUSTOMER_THEN_GROUP, customerCode);
        return new DebtorAccountPage(Pages.read(query, page, size), page, size, query.count());
    }
}
