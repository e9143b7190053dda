package dev.tradebook.customer.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import dev.tradebook.customer.reference.domain.ResultPage;
import dev.tradebook.platform.runtime.problem.ResourceNotFound;
import dev.tradebook.platform.runtime.version.ExpectedVersions;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/**
 * The memos of the customers. Like notes, they are not part of the customer record, but every change of one is
 * in the customer's history (field "memos", before and after) and is published.
 */
@ApplicationScoped
public class Memos implements PanacheRepositoryBase<Memo, Long> {

    private final CustomerService customers;
    private final CustomerHistory history;
    private final Clock clock;
    private final Event<MemoChange> changed;

    public Memos(CustomerService customers, CustomerHistory history, Clock clock, Event<MemoChange> changed) {
        this.customers = customers;
        this.history = history;
        this.clock = clock;
        this.changed = changed;
    }

    @Transactional
    public Memo add(String code, MemoDetails details, String by) {
        Customer customer = customers.get(code);
        Memo memo = Memo.add(code, details, by, clock.instant());
        persistAndFlush(memo);
        recorded(customer, memo, null, MemoChange.Kind.ADDED, by);
        return memo;
    }

    @Transactional
    public Memo revise(String code, long id, ExpectedVersions expected, MemoDetails details, String by) {
        return change(code, id, expected, by, MemoChange.Kind.REVISED, memo -> memo.revise(details, clock.instant()));
    }

    @Transactional
    public Memo complete(String code, long id, ExpectedVersions expected, String by) {
        return change(code, id, expected, by, MemoChange.Kind.DONE, memo -> memo.complete(clock.instant()));
    }

    @Transactional
    public Memo cancel(String code, long id, ExpectedVersions expected, String by) {
        return change(code, id, expected, by, MemoChange.Kind.CANCELLED, memo -> memo.cancel(clock.instant()));
    }

    public Memo get(String code, long id) {
        customers.get(code);
        return findByIdOptional(id).filter(memo -> memo.customerCode().equals(code))
                .orElseThrow(() -> new ResourceNotFound("Memo", Long.toString(id)));
    }

    /** Soonest due first; a null status or assignee does not narrow. */
    public ResultPage<Memo> of(String code, MemoStatus status, String assignee, int page, int size) {
        customers.get(code);
        List<String> conditions = new ArrayList<>(List.of("customerCode = :code"));
        Map<String, Object> parameters = new HashMap<>(Map.of("code", code));
        if (status != null) {
            conditions.add("status = :status");
            parameters.put("status", status);
        }
        if (assignee != null) {
            conditions.add("assignee = :assignee");
            parameters.put("assignee", assignee);
        }
        return ResultPage.of(find(String.join(" and ", conditions), Sort.ascending("dueAt", "id"), parameters),
                page, size);
    }

    private Memo change(String code, long id, ExpectedVersions expected, String by, MemoChange.Kind kind,
            Consumer<Memo> change) {
        Memo memo = get(code, id);
        expected.check("Memo " + id, memo.version());
        MemoState before = MemoState.of(memo);
        change.accept(memo);
        flush();
        recorded(customers.get(code), memo, before, kind, by);
        return memo;
    }

    private void recorded(Customer customer, Memo memo, MemoState before, MemoChange.Kind kind, String by) {
        history.record(customer, ChangeKind.UPDATED, by, List.of(new FieldChange("memos", before, MemoState.of(memo))));
        changed.fire(new MemoChange(memo, kind));
    }

    /** A memo as the customer's history shows it. */
    public record MemoState(long id, MemoKind kind, String subject, String assignee, Instant dueAt, MemoStatus status) {

        static MemoState of(Memo memo) {
            MemoDetails d = memo.details();
            return new MemoState(memo.id(), d.kind(), d.subject(), d.assignee(), d.dueAt(), memo.status());
        }
    }
}
