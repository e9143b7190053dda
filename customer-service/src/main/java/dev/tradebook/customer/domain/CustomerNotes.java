package dev.tradebook.customer.domain;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import dev.tradebook.customer.reference.domain.ResultPage;
import dev.tradebook.platform.runtime.problem.ResourceNotFound;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/**
 * The notes on the customers. A note is not part of the customer record (it does not change its version),
 * but each one is in the customer's history, as a change of its "notes".
 */
@ApplicationScoped
public class CustomerNotes implements PanacheRepositoryBase<CustomerNote, Long> {

    private final CustomerService customers;
    private final CustomerHistory history;
    private final Clock clock;
    private final Event<NoteWritten> written;

    public CustomerNotes(CustomerService customers, CustomerHistory history, Clock clock, Event<NoteWritten> written) {
        this.customers = customers;
        this.history = history;
        this.clock = clock;
        this.written = written;
    }

    @Transactional
    public CustomerNote write(String code, String text, String author) {
        Customer customer = customers.get(code);
        CustomerNote note = new CustomerNote(code, text, author, clock.instant());
        persistAndFlush(note);
        history.record(customer, ChangeKind.UPDATED, author,
                List.of(new FieldChange("notes", null, Map.of("id", note.id(), "text", text))));
        written.fire(new NoteWritten(note));
        return note;
    }

    /** Newest first. */
    public ResultPage<CustomerNote> of(String code, int page, int size) {
        customers.get(code);
        return ResultPage.of(find("customerCode", Sort.descending("id"), code), page, size);
    }

    public CustomerNote get(String code, long id) {
        customers.get(code);
        return findByIdOptional(id).filter(note -> note.customerCode().equals(code))
                .orElseThrow(() -> new ResourceNotFound("Note", Long.toString(id)));
    }
}
