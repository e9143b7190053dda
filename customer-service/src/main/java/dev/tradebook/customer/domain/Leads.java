package dev.tradebook.customer.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import dev.tradebook.customer.reference.domain.CodeType;
import dev.tradebook.customer.reference.domain.ReferenceData;
import dev.tradebook.customer.reference.domain.ResultPage;
import dev.tradebook.platform.runtime.problem.BusinessRuleViolation;
import dev.tradebook.platform.runtime.problem.Violation;
import dev.tradebook.platform.runtime.version.ExpectedVersions;

/** The use cases of leads and prospects, conversion into a customer included. */
@ApplicationScoped
public class Leads {

    private final LeadRepository leads;
    private final CustomerService customers;
    private final Clock clock;
    private final Event<LeadConversion> converted;
    private final ReferenceData references;

    public Leads(LeadRepository leads, CustomerService customers, Clock clock, Event<LeadConversion> converted,
            ReferenceData references) {
        this.leads = leads;
        this.customers = customers;
        this.clock = clock;
        this.converted = converted;
        this.references = references;
    }

    @Transactional
    public Lead open(LeadKind kind, LeadDetails details, String owner) {
        check(details);
        Lead lead = Lead.open(kind, details, owner, clock.instant());
        leads.persistAndFlush(lead);
        return lead;
    }

    public Lead get(LeadKind kind, long id) {
        return leads.of(kind, id);
    }

    /** The lead, provided it can still be converted (409 once converted, 422 when lost). */
    public Lead convertible(LeadKind kind, long id) {
        Lead lead = leads.of(kind, id);
        lead.checkConvertible();
        return lead;
    }

    /** A null status or text does not narrow. */
    public ResultPage<Lead> search(LeadKind kind, LeadStatus status, String text, LeadOrder order, int page,
            int size) {
        return leads.search(kind, status, text, order, page, size);
    }

    @Transactional
    public Lead revise(LeadKind kind, long id, ExpectedVersions expected, LeadDetails details) {
        Lead lead = current(kind, id, expected);
        check(details);
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

    /**
     * The salesman and the city a lead names must be active, as they must be on the customer it converts into:
     * better told when the lead is written than when it is converted.
     */
    private void check(LeadDetails details) {
        List<Violation> violations = new ArrayList<>();
        if (details.salesman() != null && !references.isActiveCode(CodeType.SM, details.salesman())) {
            violations.add(new Violation("salesman", "names no active SM code (Salesman)"));
        }
        String city = details.address() == null ? null : details.address().city();
        if (city != null && references.activeCity(city).isEmpty()) {
            violations.add(new Violation("address.city", "names no active city"));
        }
        if (!violations.isEmpty()) {
            throw new BusinessRuleViolation("lead-references", violations.size()
                    + " field(s) name reference data that does not allow them", violations);
        }
    }

    private Lead current(LeadKind kind, long id, ExpectedVersions expected) {
        Lead lead = leads.of(kind, id);
        expected.check(kind.name().toLowerCase(Locale.ROOT) + " " + id, lead.version());
        return lead;
    }
}
