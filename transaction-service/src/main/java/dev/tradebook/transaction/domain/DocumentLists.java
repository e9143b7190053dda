package dev.tradebook.transaction.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * The one paged list of every kind of document: filtered by customer, date range and any further
 * condition of the kind, sorted by a known field with the number as tie-break, counted with the same filter.
 */
@ApplicationScoped
public class DocumentLists {

    private final EntityManager entityManager;

    public DocumentLists(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** {@code dateAttribute}: the kind's own date (orderDate, invoiceDate, documentDate). */
    public <D extends CustomerDocument> DocumentPage<D> list(Class<D> kind, String dateAttribute,
            DocumentListQuery query, List<DocumentCondition> conditions) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (query.customer() != null) {
            where.add("d.customerCode = :customer");
            parameters.put("customer", query.customer());
        }
        if (query.from() != null) {
            where.add("d." + dateAttribute + " >= :from");
            parameters.put("from", query.from());
        }
        if (query.to() != null) {
            where.add("d." + dateAttribute + " <= :to");
            parameters.put("to", query.to());
        }
        for (DocumentCondition condition : conditions) {
            where.add(condition.jpql());
            parameters.putAll(condition.parameters());
        }
        String from = " from " + kind.getSimpleName() + " d"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        String direction = query.ascending() ? " asc" : " desc";
        String order = " order by d." + sortAttribute(query.sort(), dateAttribute) + direction
                + ", d.number" + direction;
        TypedQuery<D> items = entityManager.createQuery("select d" + from + order, kind)
                .setFirstResult(query.page() * query.size()).setMaxResults(query.size());
        TypedQuery<Long> count = entityManager.createQuery("select count(d)" + from, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        return new DocumentPage<>(items.getResultList(), count.getSingleResult());
    }

    private static String sortAttribute(DocumentSort sort, String dateAttribute) {
        return switch (sort) {
            case NUMBER -> "number";
            case DATE -> dateAttribute;
            case CUSTOMER -> "customerCode";
            case CREATED_AT -> "createdAt";
        };
    }
}
