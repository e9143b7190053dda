package dev.tradebook.customer.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import dev.tradebook.customer.reference.domain.CompanyProfile;
import dev.tradebook.customer.reference.domain.ResultPage;
import dev.tradebook.platform.runtime.persistence.UniqueInsert;
import dev.tradebook.platform.runtime.problem.BusinessRuleViolation;
import dev.tradebook.platform.runtime.problem.ResourceNotFound;
import dev.tradebook.platform.runtime.problem.StateConflict;
import dev.tradebook.platform.runtime.problem.Violation;

/** The use cases of the customer master. */
@ApplicationScoped
public class CustomerService {

    private final CustomerRepository customers;
    private final CompanyProfile company;
    private final Clock clock;
    private final Event<CustomerRegistered> registered;
    private final Event<CustomerRevised> revised;
    private final Event<CustomerStatusChanged> statusChanged;
    private final Event<OwnershipTransferred> ownerChanged;
    private final Event<HoldChanged> holdChanged;
    private final Event<CustomerDeletion> deletion;
    private final CustomerRules rules;
    private final CustomerReferences references;
    private final CustomerHistory history;

    public CustomerService(CustomerRepository customers, CompanyProfile company, CustomerReferences references,
            Clock clock, Event<CustomerRegistered> registered, Event<CustomerRevised> revised,
            Event<CustomerStatusChanged> statusChanged, Event<OwnershipTransferred> ownerChanged,
            Event<HoldChanged> holdChanged, Event<CustomerDeletion> deletion, CustomerHistory history) {
        this.customers = customers;
        this.company = company;
        this.clock = clock;
        this.registered = registered;
        this.revised = revised;
        this.statusChanged = statusChanged;
        this.ownerChanged = ownerChanged;
        this.holdChanged = holdChanged;
        this.deletion = deletion;
        this.rules = new CustomerRules(customers);
        this.references = references;
        this.history = history;
    }

    @Transactional
    public Customer register(NewCustomer request, String owner) {
        return register(request, owner, Optional.empty());
    }

    /** Registers the customer a lead or prospect is converted into, with every rule of any other registration. */
    @Transactional
    Customer register(NewCustomer request, String owner, Optional<CustomerOrigin> origin) {
        if (request.code() != null && customers.findByIdOptional(request.code()).isPresent()) {
            throw new StateConflict("customer-code-taken", "Customer code " + request.code() + " is already taken");
        }
        Customer customer = registered(request, owner, origin);
        // A customer registered at the same moment with the same code or cart buyer: the database's keys decide.
        UniqueInsert.persist(customers.getEntityManager(), customer, () -> request.ecommerce() == null
                ? new StateConflict("customer-code-taken", "Customer code " + customer.code() + " is already taken")
                : cartBuyerTaken(request.ecommerce()));
        recordRegistration(customer, owner, origin);
        return customer;
    }

    /**
     * Registers a customer of an import, with every rule, history entry and event of any other registration, but
     * neither asks whether its code is free (the import asked for its whole chunk in one query) nor inserts it:
     * the customer, its contacts, its history entry and its event's outbox row join the chunk's {@code rows},
     * copied into the database together, where a code taken meanwhile breaks the primary key (the import then
     * writes row by row).
     */
    @Transactional
    Customer registerImported(NewCustomer request, String owner, CopiedRows rows) {
        Customer customer = registered(request, owner, Optional.empty());
        // The contacts' ids are part of the history entry, as after any other registration.
        rows.assignIds(customer);
        rows.add(customer);
        HistoryEntry entry = history.entry(customer, ChangeKind.CREATED, owner, FieldChanges.registered(customer));
        rows.assignIds(entry);
        rows.add(entry);
        registered.fire(new CustomerRegistered(customer, rows::addEvent));
        return customer;
    }

    /** The new customer, not yet persisted, once the request passed the rules and the reference checks. */
    private Customer registered(NewCustomer request, String owner, Optional<CustomerOrigin> origin) {
        String code = request.code() == null ? nextFreeCode() : request.code();
        if (request.ecommerce() != null) {
            customers.liveByCartBuyer(request.ecommerce()).ifPresent(existing -> {
                throw cartBuyerTaken(request.ecommerce()).with("customer", existing.code());
            });
        }
        rules.check(code, request.details());
        CustomerDetails placed = references.place(request.details())
                .withPortalLogin(request.portalLogin() == null ? company.portalLoginForNewCustomers() : request.portalLogin());
        String currency = request.currency() == null ? company.baseCurrency() : request.currency();
        Customer customer = Customer.register(code, currency, placed, owner, clock.instant());
        if (request.ecommerce() != null) {
            customer.importedFrom(request.ecommerce());
        }
        origin.ifPresent(customer::cameFrom);
        return customer;
    }

    private void recordRegistration(Customer customer, String owner, Optional<CustomerOrigin> origin) {
        List<FieldChange> fields = new ArrayList<>(FieldChanges.registered(customer));
        origin.ifPresent(from -> fields.add(new FieldChange("origin", null, from)));
        history.record(customer, ChangeKind.CREATED, owner, fields);
        registered.fire(new CustomerRegistered(customer));
    }

    /**
     * Replaces the writable fields of the customer {@code code}, provided it is still at
     * {@code expectedVersion}; a code or currency other than the stored ones is refused. Emits
     * {@link CustomerRevised} only when something changed.
     */
    @Transactional
    public Customer revise(String code, String expectedVersion, Revision revision, String by) {
        Customer customer = current(code, expectedVersion);
        List<Violation> fixed = new ArrayList<>();
        if (revision.code() != null && !revision.code().equals(customer.code())) {
            fixed.add(new Violation("code", "cannot change: the customer is " + customer.code()));
        }
        if (revision.currency() != null && !revision.currency().equals(customer.currency())) {
            fixed.add(new Violation("currency", "is fixed at creation: " + customer.currency()));
        }
        if (revision.ecommerce() != null && !revision.ecommerce().sameBuyer(customer.ecommerce().orElse(null))) {
            fixed.add(new Violation("ecommerce", "is fixed at creation: the cart and buyer the customer came from"));
        }
        if (!fixed.isEmpty()) {
            throw new BusinessRuleViolation("fixed-field", "Code, currency and e-commerce facts of a customer cannot"
                    + " change", fixed);
        }
        rules.check(code, revision.details());
        CustomerDetails before = customer.details();
        EmailContacts emailsBefore = EmailContacts.of(customer);
        List<String> changed = customer.revise(references.place(revision.details()), clock.instant());
        if (!changed.isEmpty()) {
            customers.flush();
            List<FieldChange> changes = new ArrayList<>(FieldChanges.revised(before, customer.details(), changed));
            List<String> fields = new ArrayList<>(changed);
            // Removing a contact chosen for orders or invoices unchooses it: part of the same change.
            if (!emailsBefore.equals(EmailContacts.of(customer))) {
                changes.add(new FieldChange("emailContacts", emailsBefore, EmailContacts.of(customer)));
                fields.add("emailContacts");
            }
            history.record(customer, ChangeKind.UPDATED, by, changes);
            revised.fire(new CustomerRevised(customer, fields));
        }
        return customer;
    }

    /** One page of the customers the filter lets through, in the given order (ties by code). */
    public ResultPage<Customer> search(CustomerFilter filter, CustomerSort sort, boolean ascending, int page, int size) {
        return customers.search(filter, sort, ascending, page, size);
    }

    /** Stops the customer at {@code expectedVersion} taking new documents. */
    @Transactional
    public Customer deactivate(String code, String expectedVersion, String by) {
        Customer customer = current(code, expectedVersion);
        customer.deactivate(clock.instant());
        customers.flush();
        history.record(customer, ChangeKind.DEACTIVATED, by,
                List.of(new FieldChange("status", CustomerStatus.ACTIVE, CustomerStatus.INACTIVE)));
        statusChanged.fire(new CustomerStatusChanged(customer));
        return customer;
    }

    /** Lets the inactive customer at {@code expectedVersion} take new documents again. */
    @Transactional
    public Customer activate(String code, String expectedVersion, String by) {
        Customer customer = current(code, expectedVersion);
        customer.activate(clock.instant());
        customers.flush();
        history.record(customer, ChangeKind.ACTIVATED, by,
                List.of(new FieldChange("status", CustomerStatus.INACTIVE, CustomerStatus.ACTIVE)));
        statusChanged.fire(new CustomerStatusChanged(customer));
        return customer;
    }

    /** Makes {@code owner} the owner of the customer at {@code expectedVersion}. */
    @Transactional
    public Customer transfer(String code, String expectedVersion, String owner, String by) {
        Customer customer = current(code, expectedVersion);
        String previous = customer.transferTo(owner, clock.instant());
        if (!owner.equals(previous)) {
            customers.flush();
            history.record(customer, ChangeKind.OWNER_CHANGED, by, List.of(new FieldChange("owner", previous, owner)));
            ownerChanged.fire(new OwnershipTransferred(customer, previous));
        }
        return customer;
    }

    /** Puts the customer at {@code expectedVersion} on manual hold, or replaces the reason of it. */
    @Transactional
    public Customer placeOnHold(String code, String expectedVersion, String reason, String by) {
        Customer customer = current(code, expectedVersion);
        List<HoldReason> reasonsBefore = customer.holdReasons();
        String manualBefore = customer.manualHoldReason();
        customer.placeOnHold(reason, by, clock.instant());
        customers.flush();
        history.record(customer, ChangeKind.HOLD_PLACED, by, FieldChanges.hold(reasonsBefore, manualBefore, customer));
        holdChanged.fire(new HoldChanged(customer));
        return customer;
    }

    /** Releases the manual hold of the customer at {@code expectedVersion}. */
    @Transactional
    public Customer releaseHold(String code, String expectedVersion, String by) {
        Customer customer = current(code, expectedVersion);
        List<HoldReason> reasonsBefore = customer.holdReasons();
        String manualBefore = customer.manualHoldReason();
        customer.releaseHold(clock.instant());
        customers.flush();
        history.record(customer, ChangeKind.HOLD_RELEASED, by,
                FieldChanges.hold(reasonsBefore, manualBefore, customer));
        holdChanged.fire(new HoldChanged(customer));
        return customer;
    }

    /** Soft-deletes the customer at {@code expectedVersion}, provided it never had a transaction. */
    @Transactional
    public void delete(String code, String expectedVersion, String by) {
        Customer customer = current(code, expectedVersion);
        customer.delete(clock.instant());
        customers.flush();
        history.record(customer, ChangeKind.DELETED, by, List.of(new FieldChange("deleted", false, true)));
        deletion.fire(new CustomerDeletion(customer));
    }

    /**
     * Called by the consumer of the sales events when a document is raised for the customer; {@code by}
     * names the service that raised it, for the history. Only the first one changes the customer.
     */
    @Transactional
    public void recordTransaction(String code, String by) {
        Customer customer = customers.findByIdOptional(code).orElseThrow(() -> new ResourceNotFound("Customer", code));
        if (customer.recordTransaction()) {
            customers.flush();
            history.record(customer, ChangeKind.UPDATED, by, List.of(new FieldChange("hasTransactions", false, true)));
        }
    }

    /** A deleted customer is not found: its code stays taken and its history kept, but it is not served. */
    public Customer get(String code) {
        return customers.live(code);
    }

    /** The changes of the customer {@code code}, newest first; kept, and readable, after its deletion. */
    public ResultPage<HistoryEntry> history(String code, int page, int size) {
        if (customers.findByIdOptional(code).isEmpty()) {
            throw new ResourceNotFound("Customer", code);
        }
        return history.of(code, page, size);
    }

    /**
     * Completes a change of one part of the customer (contacts, addresses, e-mail options) made outside
     * {@link #revise}: the new version is flushed, then recorded in history and published as an update.
     */
    void partRevised(Customer customer, String by, String field, Object before, Function<Customer, Object> after) {
        customers.flush();
        history.record(customer, ChangeKind.UPDATED, by, List.of(new FieldChange(field, before, after.apply(customer))));
        revised.fire(new CustomerRevised(customer, List.of(field)));
    }

    /**
     * A full replacement of a customer's writable fields; {@code code}, {@code currency} and {@code ecommerce}
     * null = as stored.
     */
    public record Revision(String code, String currency, CustomerDetails details, EcommerceFacts ecommerce) {

        public Revision(String code, String currency, CustomerDetails details) {
            this(code, currency, details, null);
        }
    }

    private static StateConflict cartBuyerTaken(EcommerceFacts cartBuyer) {
        return new StateConflict("cart-buyer-taken", "A customer was already imported for buyer "
                + cartBuyer.cartMapping() + " of cart " + cartBuyer.importedFromCart());
    }

    /** The customer {@code code}, provided the writer read its current version. */
    Customer current(String code, String expectedVersion) {
        Customer customer = get(code);
        if (!Long.toString(customer.version()).equals(expectedVersion)) {
            throw new VersionMismatch(code, expectedVersion, customer.version());
        }
        return customer;
    }

    /** Prefix + sequence; a number already taken by a hand-chosen code is skipped, never reused. */
    private String nextFreeCode() {
        String code;
        do {
            code = company.customerCodePrefix() + String.format("%06d", customers.nextCodeNumber());
        } while (customers.findByIdOptional(code).isPresent());
        return code;
    }
}
