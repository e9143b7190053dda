package dev.tradebook.customer.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dev.tradebook.platform.runtime.money.Money;
import dev.tradebook.platform.runtime.problem.BusinessRuleViolation;
import dev.tradebook.platform.runtime.problem.ResourceNotFound;
import dev.tradebook.platform.runtime.problem.StateConflict;
import dev.tradebook.platform.runtime.problem.Violation;

/** A customer of the distributor: the aggregate the customer master is about. */
@Entity
@Table(name = "customer")
public class Customer {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    /** Fixed at creation: the customer's credit limit, exposure and debtor accounts are all in it. */
    @Column(nullable = false, updatable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CustomerStatus status;

    private String corporate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CustomerType type;

    @Column(name = "ownership_detail")
    private String ownershipDetail;
    @Column(name = "main_business")
    private String mainBusiness;
    @Column(name = "registration_reference")
    private String registrationReference;

    @Column(name = "address_line1")
    private String addressLine1;
    @Column(name = "address_line2")
    private String addressLine2;
    @Column(name = "address_line3")
    private String addressLine3;
    @Column(name = "address_city")
    private String addressCity;
    /** Derived from the city by the reference data (not yet): never written from a request. */
    @Column(name = "address_state")
    private String addressState;
    @Column(name = "address_country")
    private String addressCountry;
    @Column(name = "address_pin_code")
    private String addressPinCode;
    @Column(name = "address_phone1")
    private String addressPhone1;
    @Column(name = "address_phone2")
    private String addressPhone2;
    @Column(name = "address_fax")
    private String addressFax;

    @Column(name = "gst_number")
    private String gstNumber;
    @Column(name = "gst_registration_date")
    private LocalDate gstRegistrationDate;
    @Column(name = "gst_registration_status")
    private String gstRegistrationStatus;
    @Column(name = "gst_arn")
    private String gstArn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "customer_statutory_number", joinColumns = @JoinColumn(name = "customer_code"))
    @MapKeyColumn(name = "caption")
    @Column(name = "value", nullable = false)
    private Map<String, String> statutoryNumbers = new LinkedHashMap<>();

    private String email;
    private String website;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "customer_code")
    @OrderColumn(name = "position")
    private List<CustomerContact> contacts = new ArrayList<>();

    /**
     * Billing and shipping addresses besides the main one, a default of each kind; in the order added.
     * Loaded only when asked for: the customer's view and the search do not show them.
     */
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "customer_code", nullable = false)
    @OrderBy("id")
    private List<CustomerAddress> addresses = new ArrayList<>();

    /** The contacts whose e-mail gets sales orders and invoices; null = the customer's own e-mail. */
    @Column(name = "order_email_contact")
    private Long orderEmailContact;
    @Column(name = "invoice_email_contact")
    private Long invoiceEmailContact;

    @Column(name = "sales_region")
    private String salesRegion;

    @Column(name = "credit_limit", nullable = false)
    private BigDecimal creditLimit;

    @Enumerated(EnumType.STRING)
    @Column(name = "credit_action_on_order", nullable = false)
    private CreditAction creditActionOnOrder;
    @Enumerated(EnumType.STRING)
    @Column(name = "credit_action_on_invoice", nullable = false)
    private CreditAction creditActionOnInvoice;

    @Column(name = "payment_terms")
    private String paymentTerms;
    @Column(name = "mode_of_dispatch")
    private String modeOfDispatch;
    @Column(name = "shipment_via")
    private String shipmentVia;
    @Column(name = "shipment_terms")
    private String shipmentTerms;
    private String salesman;
    @Column(name = "inter_branch_site")
    private String interBranchSite;

    @Column(name = "bank_name")
    private String bankName;
    @Column(name = "bank_account_number")
    private String bankAccountNumber;
    @Column(name = "bank_branch")
    private String bankBranch;
    @Column(name = "bank_ifsc")
    private String bankIfsc;
    @Column(name = "bank_beneficiary_name")
    private String bankBeneficiaryName;
    @Column(name = "bank_account_type")
    private String bankAccountType;
    @Enumerated(EnumType.STRING)
    @Column(name = "bank_payment_type", nullable = false)
    private PaymentType bankPaymentType;
    @Column(name = "bank_weekly_hours")
    private String bankWeeklyHours;
    @Column(name = "bank_address")
    private String bankAddress;
    @Column(name = "bank_holidays")
    private String bankHolidays;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "customer_debtor_account_group", joinColumns = @JoinColumn(name = "customer_code"))
    @OrderColumn(name = "position")
    @Column(name = "group_code", nullable = false)
    private List<String> debtorAccountGroups = new ArrayList<>();

    @Column(name = "external_account_head")
    private String externalAccountHead;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "customer_bill_to", joinColumns = @JoinColumn(name = "customer_code"))
    @OrderColumn(name = "position")
    @Column(name = "bill_to_code", nullable = false)
    private List<String> billToCustomers = new ArrayList<>();

    @Column(name = "portal_login_enabled", nullable = false)
    private boolean portalLoginEnabled;
    @Column(name = "portal_email")
    private String portalEmail;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "custom_fields", nullable = false)
    private Map<String, Object> customFields = new LinkedHashMap<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CustomerSource source;

    /** Set once, at registration, for a buyer imported from an e-commerce cart (V12). */
    @Column(name = "imported_from_cart", updatable = false)
    private String importedFromCart;
    @Column(name = "cart_mapping", updatable = false)
    private String cartMapping;
    @Column(name = "imported_on", updatable = false)
    private Instant importedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "customer_hold_reason", joinColumns = @JoinColumn(name = "customer_code"))
    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false)
    private Set<HoldReason> holdReasons = new HashSet<>();

    @Column(name = "manual_hold_reason")
    private String manualHoldReason;
    @Column(name = "manual_hold_by")
    private String manualHoldBy;
    @Column(name = "manual_hold_at")
    private Instant manualHoldAt;

    /** Set from the sales events: a customer with transactions can only be deactivated, never deleted. */
    @Column(name = "has_transactions", nullable = false)
    private boolean hasTransactions;

    /** Soft deletion: the row stays so that the customer's history remains readable. */
    @Column(name = "deleted_at")
    private Instant deletedAt;

    /** What the ledger last said the customer owes; absent until its first posting. Never written from here. */
    @OneToOne(fetch = FetchType.EAGER)
    @PrimaryKeyJoinColumn
    private CustomerBalance balance;

    /** Who registered the customer, or took it over later. */
    private String owner;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The lower-cased search document, written by the database on every write (V5), read by the search only. */
    @Column(name = "search_text", insertable = false, updatable = false)
    private String searchText;

    /** The lead or prospect it was converted from; null for a customer that entered any other way. */
    @Enumerated(EnumType.STRING)
    @Column(name = "origin_kind", updatable = false)
    private LeadKind originKind;
    @Column(name = "origin_id", updatable = false)
    private Long originId;

    protected Customer() {
    }

    static Customer register(String code, String currency, CustomerDetails details, String owner, Instant now) {
        Customer customer = new Customer();
        customer.code = code;
        customer.currency = Money.currency(currency).getCurrencyCode();
        customer.status = CustomerStatus.ACTIVE;
        customer.owner = owner;
        customer.apply(details.withDefaults());
        customer.createdAt = now;
        customer.updatedAt = now;
        return customer;
    }

    /** Records the cart and the buyer in it that this new customer was imported from. */
    void importedFrom(EcommerceFacts cartBuyer) {
        importedFromCart = cartBuyer.importedFromCart();
        cartMapping = cartBuyer.cartMapping();
        importedOn = createdAt;
    }

    /**
     * Replaces every writable field with {@code revised}; answers the top-level fields that changed
     * (empty, and nothing touched, when the revision changes nothing).
     */
    List<String> revise(CustomerDetails revised, Instant now) {
        CustomerDetails before = details();
        CustomerDetails after = normalise(revised.withDefaults());
        List<String> changed = after.changedFrom(before);
        if (!changed.isEmpty()) {
            apply(after);
            updatedAt = now;
        }
        return changed;
    }

    /**
     * Stops the customer taking new documents; existing ones stay. Refused when already inactive, so
     * that a repeated click does not publish a second change.
     */
    void deactivate(Instant now) {
        if (status == CustomerStatus.INACTIVE) {
            throw new StateConflict("customer-already-inactive", "Customer " + code + " is already inactive");
        }
        status = CustomerStatus.INACTIVE;
        updatedAt = now;
    }

    /** Lets an inactive customer take new documents again; refused when it is already active. */
    void activate(Instant now) {
        if (status == CustomerStatus.ACTIVE) {
            throw new StateConflict("customer-already-active", "Customer " + code + " is already active");
        }
        status = CustomerStatus.ACTIVE;
        updatedAt = now;
    }

    /**
     * Hands the customer to {@code newOwner}, or lets them take it; answers the previous owner. Giving it
     * to whoever owns it already changes nothing, so no version and no event are spent on it.
     */
    String transferTo(String newOwner, Instant now) {
        String previous = owner;
        if (!newOwner.equals(previous)) {
            owner = newOwner;
            updatedAt = now;
        }
        return previous;
    }

    /**
     * Puts the customer on manual hold for {@code reason}; on hold already, the reason, who and when are
     * replaced, so the hold always explains its latest decision.
     */
    void placeOnHold(String reason, String by, Instant now) {
        holdReasons.add(HoldReason.MANUAL);
        manualHoldReason = reason;
        manualHoldBy = by;
        manualHoldAt = now;
        updatedAt = now;
    }

    /**
     * Releases the manual hold; the automatic reasons stay, since only the ledger knows when they end.
     * Refused without a manual hold, so that a release never silently does nothing.
     */
    void releaseHold(Instant now) {
        if (!holdReasons.contains(HoldReason.MANUAL)) {
            throw new StateConflict("customer-not-on-hold", "Customer " + code + " is not on manual hold");
        }
        holdReasons.remove(HoldReason.MANUAL);
        manualHoldReason = null;
        manualHoldBy = null;
        manualHoldAt = null;
        updatedAt = now;
    }

    /**
     * The ledger's credit control put the customer on hold for {@code reason} (never MANUAL: that one is a
     * person's); answers false, and changes nothing, when the customer is on hold for it already.
     */
    boolean applyCreditHold(HoldReason reason, Instant now) {
        if (!holdReasons.add(automatic(reason))) {
            return false;
        }
        updatedAt = now;
        return true;
    }

    /** The cause of the automatic hold {@code reason} is gone; false when the customer was not held for it. */
    boolean releaseCreditHold(HoldReason reason, Instant now) {
        if (!holdReasons.remove(automatic(reason))) {
            return false;
        }
        updatedAt = now;
        return true;
    }

    private static HoldReason automatic(HoldReason reason) {
        if (reason == HoldReason.MANUAL) {
            throw new IllegalArgumentException("the manual hold is placed and released by a person");
        }
        return reason;
    }

    /** The balance row, created at the ledger's first figures. */
    CustomerBalance balanceRecord() {
        if (balance == null) {
            balance = new CustomerBalance(code);
        }
        return balance;
    }

    /** Set once, at registration: the customer was converted from {@code origin}. */
    void cameFrom(CustomerOrigin origin) {
        originKind = origin.kind();
        originId = origin.id();
    }

    public Optional<CustomerOrigin> origin() {
        return originKind == null ? Optional.empty() : Optional.of(new CustomerOrigin(originKind, originId));
    }

    /**
     * Records that a document was raised for the customer. The consumer of the sales events calls it;
     * from then on the customer's history must stay whole, so deletion is refused. Answers whether it is
     * the customer's first.
     */
    boolean recordTransaction() {
        if (deletedAt != null) {
            throw new StateConflict("customer-deleted",
                    "Customer " + code + " is deleted: it cannot have transactions");
        }
        boolean first = !hasTransactions;
        hasTransactions = true;
        return first;
    }

    /** Soft-deletes the customer; refused once it has had a transaction (deactivate it instead). */
    void delete(Instant now) {
        if (hasTransactions) {
            throw new StateConflict("customer-has-transactions", "Customer " + code
                    + " has transactions and cannot be deleted; deactivate it instead");
        }
        deletedAt = now;
        updatedAt = now;
    }

    /** The amounts at the scale of the currency, so that "100" and "100.00" are the same limit. */
    private CustomerDetails normalise(CustomerDetails d) {
        return new CustomerDetails(d.name(), d.corporate(), d.type(), d.ownershipDetail(), d.mainBusiness(),
                d.registrationReference(), d.address(), d.gst(), d.statutoryNumbers(), d.email(), d.website(),
                d.contacts(), d.salesRegion(), Money.of(d.creditLimit(), currency).amount(), d.creditActionOnOrder(),
                d.creditActionOnInvoice(), d.paymentTerms(), d.modeOfDispatch(), d.shipmentVia(), d.shipmentTerms(),
                d.salesman(), d.interBranchSite(), d.bank(), d.debtorAccountGroups(), d.externalAccountHead(),
                d.billToCustomers(), d.portal(), d.customFields(), d.source());
    }

    private void apply(CustomerDetails d) {
        name = d.name();
        corporate = d.corporate();
        type = d.type();
        ownershipDetail = d.ownershipDetail();
        mainBusiness = d.mainBusiness();
        registrationReference = d.registrationReference();
        CustomerDetails.Address a = d.address();
        addressLine1 = a.line1();
        addressLine2 = a.line2();
        addressLine3 = a.line3();
        addressCity = a.city();
        addressState = a.state();
        addressCountry = a.country();
        addressPinCode = a.pinCode();
        addressPhone1 = a.phone1();
        addressPhone2 = a.phone2();
        addressFax = a.fax();
        CustomerDetails.GstRegistration g = d.gst();
        gstNumber = g.number();
        gstRegistrationDate = g.registrationDate();
        gstRegistrationStatus = g.registrationStatus();
        gstArn = g.arn();
        statutoryNumbers.clear();
        statutoryNumbers.putAll(d.statutoryNumbers());
        email = d.email();
        website = d.website();
        applyContacts(d.contacts());
        salesRegion = d.salesRegion();
        creditLimit = Money.of(d.creditLimit(), currency).amount();
        creditActionOnOrder = d.creditActionOnOrder();
        creditActionOnInvoice = d.creditActionOnInvoice();
        paymentTerms = d.paymentTerms();
        modeOfDispatch = d.modeOfDispatch();
        shipmentVia = d.shipmentVia();
        shipmentTerms = d.shipmentTerms();
        salesman = d.salesman();
        interBranchSite = d.interBranchSite();
        CustomerDetails.BankDetails b = d.bank();
        bankName = b.name();
        bankAccountNumber = b.accountNumber();
        bankBranch = b.branch();
        bankIfsc = b.ifsc();
        bankBeneficiaryName = b.beneficiaryName();
        bankAccountType = b.accountType();
        bankPaymentType = b.paymentType();
        bankWeeklyHours = b.weeklyHours();
        bankAddress = b.address();
        bankHolidays = b.holidays();
        debtorAccountGroups.clear();
        debtorAccountGroups.addAll(d.debtorAccountGroups());
        externalAccountHead = d.externalAccountHead();
        billToCustomers.clear();
        billToCustomers.addAll(d.billToCustomers());
        portalLoginEnabled = d.portal().loginEnabled();
        portalEmail = d.portal().email();
        customFields = new LinkedHashMap<>(d.customFields());
        source = d.source();
    }

    /** A contact with the id of a stored one updates it; one without an id is new; the rest are removed. */
    private void applyContacts(List<CustomerDetails.Contact> wanted) {
        Map<Long, CustomerContact> stored = contacts.stream()
                .collect(Collectors.toMap(CustomerContact::id, Function.identity()));
        List<Violation> unknown = new ArrayList<>();
        List<CustomerContact> next = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            CustomerDetails.Contact contact = wanted.get(i);
            if (contact.id() == null) {
                next.add(new CustomerContact(contact));
            } else if (stored.containsKey(contact.id())) {
                CustomerContact existing = stored.get(contact.id());
                existing.update(contact);
                next.add(existing);
            } else {
                unknown.add(new Violation("contacts[" + i + "].id", "is not a contact of this customer"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new BusinessRuleViolation("unknown-contact", "A contact names an id this customer does not have",
                    unknown);
        }
        contacts.clear();
        contacts.addAll(next);
        // A removed contact can no longer receive the documents: they go to the customer's e-mail again.
        Set<Long> kept = next.stream().map(CustomerContact::id).collect(Collectors.toSet());
        if (!kept.contains(orderEmailContact)) {
            orderEmailContact = null;
        }
        if (!kept.contains(invoiceEmailContact)) {
            invoiceEmailContact = null;
        }
    }

    /**
     * Chooses the contacts whose e-mail gets sales orders and invoices (null = the customer's e-mail);
     * 422 for an id that is not one of its contacts. Answers whether anything changed.
     */
    boolean chooseEmailContacts(Long forOrders, Long forInvoices, Instant now) {
        Set<Long> known = contacts.stream().map(CustomerContact::id).collect(Collectors.toSet());
        List<Violation> unknown = new ArrayList<>();
        if (forOrders != null && !known.contains(forOrders)) {
            unknown.add(new Violation("orderEmailContact", "is not a contact of this customer"));
        }
        if (forInvoices != null && !known.contains(forInvoices)) {
            unknown.add(new Violation("invoiceEmailContact", "is not a contact of this customer"));
        }
        if (!unknown.isEmpty()) {
            throw new BusinessRuleViolation("unknown-contact", "An e-mail option names a contact this customer does not have",
                    unknown);
        }
        if (Objects.equals(forOrders, orderEmailContact)
                && Objects.equals(forInvoices, invoiceEmailContact)) {
            return false;
        }
        orderEmailContact = forOrders;
        invoiceEmailContact = forInvoices;
        updatedAt = now;
        return true;
    }

    /** Adds the address; the first of its kind, or one asked to be, becomes the default of its kind. */
    CustomerAddress addAddress(AddressDetails details, Instant now) {
        CustomerAddress address = new CustomerAddress(details);
        addresses.add(address);
        settleDefaults(address);
        updatedAt = now;
        return address;
    }

    /**
     * Replaces the address {@code id}. Its kind keeps a default: turning the default off is refused, another
     * address is made the default instead.
     */
    void reviseAddress(long id, AddressDetails details, Instant now) {
        CustomerAddress address = address(id);
        if (address.isDefault() && !details.isDefault() && address.kind() == details.kind()) {
            throw new BusinessRuleViolation("default-address-needed", "Each kind of address keeps a default",
                    List.of(new Violation("default", "make another " + details.kind() + " address the default instead")));
        }
        address.update(details);
        settleDefaults(address);
        updatedAt = now;
    }

    /** Removes the address {@code id}; if it was the default, the earliest other one of its kind takes over. */
    void removeAddress(long id, Instant now) {
        addresses.remove(address(id));
        settleDefaults(null);
        updatedAt = now;
    }

    /** {@code chosen} (when default) is the only default of its kind; a kind without one gets its earliest. */
    private void settleDefaults(CustomerAddress chosen) {
        if (chosen != null && chosen.isDefault()) {
            addresses.stream().filter(a -> a != chosen && a.kind() == chosen.kind()).forEach(a -> a.makeDefault(false));
        }
        for (AddressKind kind : AddressKind.values()) {
            List<CustomerAddress> ofKind = addresses.stream().filter(a -> a.kind() == kind).toList();
            if (!ofKind.isEmpty() && ofKind.stream().noneMatch(CustomerAddress::isDefault)) {
                ofKind.get(0).makeDefault(true);
            }
        }
    }

    private CustomerAddress address(long id) {
        return addresses.stream().filter(a -> a.id() != null && a.id() == id).findFirst()
                .orElseThrow(() -> new ResourceNotFound("Address", Long.toString(id)));
    }

    /** The writable fields as they stand. */
    public CustomerDetails details() {
        return new CustomerDetails(name, corporate, type, ownershipDetail, mainBusiness, registrationReference,
                new CustomerDetails.Address(addressLine1, addressLine2, addressLine3, addressCity, addressState,
                        addressCountry, addressPinCode, addressPhone1, addressPhone2, addressFax),
                new CustomerDetails.GstRegistration(gstNumber, gstRegistrationDate, gstRegistrationStatus, gstArn),
                new TreeMap<>(statutoryNumbers), email, website,
                contacts.stream().map(CustomerContact::toContact).toList(),
                salesRegion, creditLimit().amount(), creditActionOnOrder, creditActionOnInvoice, paymentTerms,
                modeOfDispatch,
                shipmentVia, shipmentTerms, salesman, interBranchSite,
                new CustomerDetails.BankDetails(bankName, bankAccountNumber, bankBranch, bankIfsc, bankBeneficiaryName,
                        bankAccountType, bankPaymentType, bankWeeklyHours, bankAddress, bankHolidays),
                List.copyOf(debtorAccountGroups), externalAccountHead, List.copyOf(billToCustomers),
                new CustomerDetails.PortalAccess(portalLoginEnabled, portalEmail),
                new LinkedHashMap<>(customFields), source);
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String currency() {
        return currency;
    }

    public CustomerStatus status() {
        return status;
    }

    public CustomerType type() {
        return type;
    }

    public Money creditLimit() {
        return Money.of(creditLimit, currency);
    }

    public CreditAction creditActionOnOrder() {
        return creditActionOnOrder;
    }

    public CreditAction creditActionOnInvoice() {
        return creditActionOnInvoice;
    }

    public String paymentTerms() {
        return paymentTerms;
    }

    public String salesman() {
        return salesman;
    }

    public String email() {
        return email;
    }

    public List<String> debtorAccountGroups() {
        return List.copyOf(debtorAccountGroups);
    }

    public List<String> billToCustomers() {
        return List.copyOf(billToCustomers);
    }

    public boolean hasTransactions() {
        return hasTransactions;
    }

    public boolean deleted() {
        return deletedAt != null;
    }

    /** On hold for any reason, manual or automatic. */
    public boolean onHold() {
        return !holdReasons.isEmpty();
    }

    /** In the order of {@link HoldReason}. */
    public List<HoldReason> holdReasons() {
        return holdReasons.stream().sorted().toList();
    }

    public String manualHoldReason() {
        return manualHoldReason;
    }

    public String manualHoldBy() {
        return manualHoldBy;
    }

    public Instant manualHoldAt() {
        return manualHoldAt;
    }

    public Optional<CustomerBalance> balance() {
        return Optional.ofNullable(balance);
    }

    public List<AddressDetails> addresses() {
        return addresses.stream().map(CustomerAddress::toDetails).toList();
    }

    public Optional<AddressDetails> defaultAddress(AddressKind kind) {
        return addresses.stream().filter(a -> a.kind() == kind && a.isDefault()).findFirst()
                .map(CustomerAddress::toDetails);
    }

    public Long orderEmailContact() {
        return orderEmailContact;
    }

    public Long invoiceEmailContact() {
        return invoiceEmailContact;
    }

    public String owner() {
        return owner;
    }

    /** Empty unless the customer was imported from an e-commerce cart. */
    public Optional<EcommerceFacts> ecommerce() {
        return importedFromCart == null ? Optional.empty()
                : Optional.of(new EcommerceFacts(importedFromCart, cartMapping, importedOn));
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
