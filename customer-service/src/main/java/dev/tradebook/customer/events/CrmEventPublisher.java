package dev.tradebook.customer.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.tradebook.customer.domain.ClassificationChange;
import dev.tradebook.customer.domain.CustomerNote;
import dev.tradebook.customer.domain.LeadConversion;
import dev.tradebook.customer.domain.Memo;
import dev.tradebook.customer.domain.MemoChange;
import dev.tradebook.customer.domain.MemoDetails;
import dev.tradebook.customer.domain.NoteWritten;
import dev.tradebook.platform.events.EventTypes;
import dev.tradebook.platform.events.customer.ClassificationsChanged;
import dev.tradebook.platform.events.customer.LeadConverted;
import dev.tradebook.platform.events.customer.MemoChanged;
import dev.tradebook.platform.events.customer.NoteAdded;
import dev.tradebook.platform.runtime.outbox.Outbox;

/** Turns the sales team's work on the customer master (conversions, notes, memos, classes) into events. */
@ApplicationScoped
public class CrmEventPublisher {

    private final Outbox outbox;

    public CrmEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    void onConverted(@Observes LeadConversion conversion) {
        String code = conversion.customer().code();
        outbox.add(EventTypes.LEAD_CONVERTED, code, new LeadConverted(code, conversion.lead().kind().name(),
                conversion.lead().id(), conversion.lead().convertedBy(), conversion.customer().version()));
    }

    void onNote(@Observes NoteWritten written) {
        CustomerNote note = written.note();
        outbox.add(EventTypes.NOTE_ADDED, note.customerCode(), new NoteAdded(note.customerCode(), note.id(),
                note.text(), note.author(), note.createdAt()));
    }

    void onMemo(@Observes MemoChange change) {
        Memo memo = change.memo();
        MemoDetails d = memo.details();
        outbox.add(EventTypes.MEMO_CHANGED, memo.customerCode(), new MemoChanged(memo.customerCode(), memo.id(),
                change.kind().name(), d.kind().name(), d.subject(), d.assignee(), d.dueAt(), memo.status().name(),
                memo.version()));
    }

    void onClassified(@Observes ClassificationChange change) {
        String code = change.customer().code();
        outbox.add(EventTypes.CLASSIFICATIONS_CHANGED, code, new ClassificationsChanged(code, change.after(),
                change.before(), change.customer().version()));
    }
}
