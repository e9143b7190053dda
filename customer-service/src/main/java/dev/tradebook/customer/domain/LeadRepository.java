package dev.tradebook.customer.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import dev.tradebook.customer.reference.domain.ResultPage;
import dev.tradebook.platform.runtime.problem.ResourceNotFound;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class LeadRepository implements PanacheRepositoryBase<Lead, Long> {

    /** A lead asked for as a prospect (or the reverse) is not found: each kind has its own list. */
    Lead of(LeadKind kind, long id) {
        return findByIdOptional(id).filter(lead -> lead.kind() == kind)
                .orElseThrow(() -> notFound(kind, id));
    }

    /** Locked until the transaction ends, so that two conversions of one lead cannot both go ahead. */
    Lead locked(LeadKind kind, long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).filter(lead -> lead.kind() == kind)
                .orElseThrow(() -> notFound(kind, id));
    }

    /**
     * {@code text} is found partially, in any case and literally in the name, company, e-mail,
     * phone, source and campaign; a null status or text does not narrow.
     */
    ResultPage<Lead> search(LeadKind kind, LeadStatus status, String text, LeadOrder order, int page, int size) {
        List<String> conditions = new ArrayList<>(List.of("kind = :kind"));
        Map<String, Object> parameters = new HashMap<>(Map.of("kind", kind));
        if (status != null) {
            conditions.add("status = :status");
            parameters.put("status", status);
        }
        if (text != null) {
            conditions.add(List.of("name", "company", "email", "phone", "source", "campaign").stream()
                    .map(column -> "lower(" + column + ") like :text escape '\\'")
                    .reduce((a, b) -> a + " or " + b).map(any -> "(" + any + ")").orElseThrow());
            parameters.put("text", SearchTerm.of(text).containedPattern());
        }
        return ResultPage.of(find(String.join(" and ", conditions), order.sort(), parameters), page, size);
    }

    private static ResourceNotFound notFound(LeadKind kind, long id) {
        return new ResourceNotFound(kind == LeadKind.LEAD ? "Lead" : "Prospect", Long.toString(id));
    }
}
