package dev.tradebook.customer.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.tradebook.customer.domain.LeadConversion;
import dev.tradebook.platform.events.EventTypes;
import dev.tradebook.platform.events.customer.LeadConverted;
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
}
