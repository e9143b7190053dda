package dev.tradebook.customer.reference.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CityRepository implements PanacheRepositoryBase<City, String> {

    /** By code, with state and country fetched in the same query (a page shows all three). */
    ResultPage<City> page(CityFilter filter, int page, int size) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.text() != null && !filter.text().isEmpty()) {
            conditions.add("(lower(c.code) like :text escape '\\' or lower(c.name) like :text escape '\\')");
            parameters.put("text", "%" + escapeLike(filter.text().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.stateCode() != null) {
            conditions.add("c.state.code = :state");
            parameters.put("state", filter.stateCode());
        }
        if (filter.active() != null) {
            conditions.add("c.active = :active");
            parameters.put("active", filter.active());
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);

        TypedQuery<Long> count = getEntityManager().createQuery("select count(c) from City c" + where, Long.class);
        TypedQuery<City> select = getEntityManager().createQuery(
                "select c from City c join fetch c.state s join fetch s.country" + where + " order by c.code", City.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            select.setParameter(name, value);
        });
        long first = (long) page * size;
        List<City> items = first + size > Integer.MAX_VALUE
                ? List.of()
                : select.setFirstResult((int) first).setMaxResults(size).getResultList();
        return new ResultPage<>(items, page, size, count.getSingleResult());
    }

    /** A search for "50%" finds "50%", not everything that starts with 50. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
