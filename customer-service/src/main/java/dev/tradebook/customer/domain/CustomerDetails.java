package dev.tradebook.customer.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a person may write on a customer besides its fixed {@code code} and {@code currency}:
 * what a registration or a revision gives, and what the customer holds. Defaults are applied by
 * {@link #withDefaults()}; nested parts are never null after it.
 */
public record CustomerDetails(
        String name,
        String corporate,
        CustomerType type,
        String ownershipDetail,
        String mainBusiness,
        String registrationReference,
        Address address,
        GstRegistration gst,
        Map<String, String> statutoryNumbers,
        String email,
        String website,
        List<Contact> contacts,
        String salesRegion,
        BigDecimal creditLimit,
        CreditAction creditActionOnOrder,
        CreditAction creditActionOnInvoice,
        String paymentTerms,
        String modeOfDispatch,
        String shipmentVia,
        String shipmentTerms,
        String salesman,
        String interBranchSite,
        BankDetails bank,
        List<String> debtorAccountGroups,
        String externalAccountHead,
        List<String> billToCustomers,
        PortalAccess portal,
        Map<String, Object> customFields,
        CustomerSource source) {

    /** The postal address; {@code state} and {@code country} are derived from the city, never given. */
    public record Address(String line1, String line2, String line3, String city, String state, String country,
            String pinCode, String phone1, String phone2, String fax) {

        static final Address EMPTY = new Address(null, null, null, null, null, null, null, null, null, null);
    }

    public record GstRegistration(String number, LocalDate registrationDate, String registrationStatus, String arn) {

        static final GstRegistration EMPTY = new GstRegistration(null, null, null, null);
    }

    /** A contact person; {@code id} is null for a contact not stored yet. */
    public record Contact(Long id, String name, String designation, String department, String email, String mobile,
            String landline) {
    }

    public record BankDetails(String name, String accountNumber, String branch, String ifsc, String beneficiaryName,
            String accountType, PaymentType paymentType, String weeklyHours, String address, String holidays) {

        static final BankDetails EMPTY = new BankDetails(null, null, null, null, null, null, PaymentType.BILL_TO_BILL,
                null, null, null);
    }

    public record PortalAccess(boolean loginEnabled, String email) {

        static final PortalAccess NONE = new PortalAccess(false, null);
    }

    /** The top-level field names, as the API names them, in the order of the record. */
    public static final List<String> FIELDS = List.of("name", "corporate", "type", "ownershipDetail", "mainBusiness",
            "registrationReference", "address", "gst", "statutoryNumbers", "email", "website", "contacts",
            "salesRegion", "creditLimit", "creditActionOnOrder", "creditActionOnInvoice", "paymentTerms",
            "modeOfDispatch", "shipmentVia", "shipmentTerms", "salesman", "interBranchSite", "bank",
            "debtorAccountGroups", "externalAccountHead", "billToCustomers", "portal", "customFields", "source");

    /** The same details with every omitted optional part replaced by its default. */
    public CustomerDetails withDefaults() {
        return new CustomerDetails(name == null ? null : name.strip(), corporate, type, ownershipDetail, mainBusiness,
                registrationReference,
                address == null ? Address.EMPTY : address,
                gst == null ? GstRegistration.EMPTY : gst,
                statutoryNumbers == null ? Map.of() : new LinkedHashMap<>(statutoryNumbers),
                email, website,
                contacts == null ? List.of() : List.copyOf(contacts),
                salesRegion,
                creditLimit == null ? BigDecimal.ZERO : creditLimit,
                creditActionOnOrder == null ? CreditAction.STOP : creditActionOnOrder,
                creditActionOnInvoice == null ? CreditAction.STOP : creditActionOnInvoice,
                paymentTerms, modeOfDispatch, shipmentVia, shipmentTerms, salesman, interBranchSite,
                bank == null ? BankDetails.EMPTY
                        : bank.paymentType() == null ? new BankDetails(bank.name(), bank.accountNumber(), bank.branch(),
                                bank.ifsc(), bank.beneficiaryName(), bank.accountType(), PaymentType.BILL_TO_BILL,
                                bank.weeklyHours(), bank.address(), bank.holidays()) : bank,
                debtorAccountGroups == null ? List.of() : List.copyOf(debtorAccountGroups),
                externalAccountHead,
                billToCustomers == null ? List.of() : List.copyOf(billToCustomers),
                portal == null ? PortalAccess.NONE : portal,
                customFields == null ? Map.of() : new LinkedHashMap<>(customFields),
                source == null ? CustomerSource.MANUAL : source);
    }

    /** The top-level fields whose values differ between these details and {@code other}, in record order. */
    public List<String> changedFrom(CustomerDetails other) {
        Object[] mine = values();
        Object[] theirs = other.values();
        return java.util.stream.IntStream.range(0, mine.length)
                .filter(i -> !same(mine[i], theirs[i]))
                .mapToObj(FIELDS::get)
                .toList();
    }

    /** The same details with other contacts. */
    public CustomerDetails withContacts(List<Contact> replaced) {
        return new CustomerDetails(name, corporate, type, ownershipDetail, mainBusiness, registrationReference, address,
                gst, statutoryNumbers, email, website, replaced, salesRegion, creditLimit, creditActionOnOrder,
                creditActionOnInvoice, paymentTerms, modeOfDispatch, shipmentVia, shipmentTerms, salesman,
                interBranchSite, bank, debtorAccountGroups, externalAccountHead, billToCustomers, portal, customFields,
                source);
    }

    /** The same details entered through {@code entered}. */
    public CustomerDetails withSource(CustomerSource entered) {
        return new CustomerDetails(name, corporate, type, ownershipDetail, mainBusiness, registrationReference, address,
                gst, statutoryNumbers, email, website, contacts, salesRegion, creditLimit, creditActionOnOrder,
                creditActionOnInvoice, paymentTerms, modeOfDispatch, shipmentVia, shipmentTerms, salesman,
                interBranchSite, bank, debtorAccountGroups, externalAccountHead, billToCustomers, portal, customFields,
                entered);
    }

    /** The same details with portal login on or off, the portal e-mail kept. */
    public CustomerDetails withPortalLogin(boolean enabled) {
        return new CustomerDetails(name, corporate, type, ownershipDetail, mainBusiness, registrationReference, address,
                gst, statutoryNumbers, email, website, contacts, salesRegion, creditLimit, creditActionOnOrder,
                creditActionOnInvoice, paymentTerms, modeOfDispatch, shipmentVia, shipmentTerms, salesman,
                interBranchSite, bank, debtorAccountGroups, externalAccountHead, billToCustomers,
                new PortalAccess(enabled, portal == null ? null : portal.email()), customFields, source);
    }

    /** Every top-level field by its API name, in record order (null values included). */
    public Map<String, Object> byField() {
        Object[] values = values();
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            fields.put(FIELDS.get(i), values[i]);
        }
        return fields;
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return java.util.Objects.equals(a, b);
    }

    private Object[] values() {
        return new Object[] {name, corporate, type, ownershipDetail, mainBusiness, registrationReference, address, gst,
                statutoryNumbers, email, website, contacts, salesRegion, creditLimit, creditActionOnOrder,
                creditActionOnInvoice, paymentTerms, modeOfDispatch, shipmentVia, shipmentTerms, salesman,
                interBranchSite, bank, debtorAccountGroups, externalAccountHead, billToCustomers, portal, customFields,
                source};
    }
}
