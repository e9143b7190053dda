package dev.tradebook.customer.domain;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import dev.tradebook.customer.reference.domain.ResultPage;
import dev.tradebook.platform.runtime.version.ExpectedVersions;

/** The use cases of leads and prospects, conversion into a customer included. */
@ApplicationScoped
public class Leads {

    private final LeadRepository leads;
    private final CustomerService customers;
    private final Clock clock;
    private final Event<LeadConversion> converted;

    public Leads(LeadRepository leads, CustomerService customers, Clock clock, Event<LeadConversion> converted) {
        this.leads = leads;
        this.customers = customers;
        this.clock = clock;
        this.converted = converted;
    }

    @Transactional
    public Lead open(LeadKind kind, LeadDetails details, String owner) {
        Lead lead = Lead.open(kind, details, owner, clock.instant());
        leads.persistAndFlush(lead);
        return lead;
    }

    public Lead get(LeadKind kind, long id) {
        return leads.of(kind, id);
    }

    /** Newest first; a null status or text does not narrow. */
    public ResultPage<Lead> search(LeadKind kind, LeadStatus status, String text, int page, int size) {
        return leads.search(kind, status, text, page, size);
    }

    @Transactional
    public Lead revise(LeadKind kind, long id, ExpectedVersions expected, LeadDetails details) {
        Lead lead = current(kind, id, expected);
        lead.revise(details, clock.instant());
        leads.flush();
        return lead;
    }

    @Transactional
    public Lead qualify(LeadKind kind, long id, ExpectedVersions expected) {
        Lead lead = current(kind, id, expected);
        lead.qualify(clock.instant());
        leads.flush();
        return lead;
    }

    @Transactional
    public Lead lose(LeadKind kind, long id, ExpectedVersions expected, String reason) {
        Lead lead = current(kind, id, expected);
        lead.lose(reason, clock.instant());
        leads.flush();
        return lead;
    }

    /**
     * Registers {@code customer} (made from the lead by the caller, with any fields added) exactly as any new
     * customer, with the lead as its origin, and marks the lead converted: all or nothing. The lead is locked,
     * so a second conversion waits for the first and is then refused (409).
     */
    @Transactional
    public LeadConversion convert(LeadKind kind, long id, NewCustomer customer, String by) {
        Lead lead = leads.locked(kind, id);
        lead.checkConvertible();
        Customer registered = customers.register(customer, by, Optional.of(lead.asOrigin()));
        lead.convertInto(registered.code(), by, clock.instant());
        leads.flush();
        LeadConversion conversion = new LeadConversion(lead, registered);
        converted.fire(conversion);
        return conversion;
    }

    private Lead current(LeadKind kind, long id, ExpectedVersions expected) {
        Lead lead = leads.of(kind, id);
        expected.check(kind.name().toLowerCase(Locale.ROOT) + " " + id, lead.version());
        return lead;
    }
}
