package dev.tradebook.customer.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.tradebook.customer.api.Identifier.Kind;
import dev.tradebook.customer.domain.CreditAction;
import dev.tradebook.customer.domain.Customer;
import dev.tradebook.customer.domain.CustomerDetails;
import dev.tradebook.customer.domain.CustomerService.Revision;
import dev.tradebook.customer.domain.CustomerSource;
import dev.tradebook.customer.domain.CustomerType;
import dev.tradebook.customer.domain.EcommerceFacts;
import dev.tradebook.customer.domain.NewCustomer;
import dev.tradebook.customer.domain.PaymentType;
import dev.tradebook.platform.runtime.validation.CurrencyCode;

/**
 * The writable customer: the body of {@code POST} and {@code PUT /api/v1/customers[/{code}]}, and what a
 * merge patch is applied to. Lengths from API.md; read-only fields (status, balance, owner, version,
 * address.state...) are not components, so a client sending them gets 400.
 */
public record CustomerRequest(
        @Pattern(regexp = "[A-Z0-9-]{1,20}", message = "must be 1 to 20 characters A-Z, 0-9 or -") String code,
        @NotBlank @Size(max = 60) String name,
        @CurrencyCode String currency,
        @Size(max = 20) String corporate,
        @NotNull CustomerType type,
        @Size(max = 20) String ownershipDetail,
        @Size(max = 20) String mainBusiness,
        @Size(max = 10) String registrationReference,
        @Valid Address address,
        @Valid Gst gst,
        Map<@NotBlank @Size(max = 40) String, @NotNull @Size(max = 40) String> statutoryNumbers,
        @Email @Size(max = 44) String email,
        @Size(max = 40) String website,
        List<@NotNull @Valid Contact> contacts,
        @Size(max = 20) String salesRegion,
        @DecimalMin(value = "0", message = "must be 0 or more (0 = not checked)") @Digits(integer = 15, fraction = 4) BigDecimal creditLimit,
        CreditAction creditActionOnOrder,
        CreditAction creditActionOnInvoice,
        @Size(max = 20) String paymentTerms,
        @Size(max = 20) String modeOfDispatch,
        @Size(max = 60) String shipmentVia,
        @Size(max = 20) String shipmentTerms,
        @Size(max = 60) String salesman,
        @Size(max = 20) String interBranchSite,
        @Valid Bank bank,
        @NotEmpty List<@NotBlank @Size(max = 20) String> debtorAccountGroups,
        @Size(max = 40) String externalAccountHead,
        List<@NotBlank @Pattern(regexp = "[A-Z0-9-]{1,20}", message = "must be a customer code") String> billToCustomers,
        @Valid Portal portal,
        Map<@NotBlank @Size(max = 60) String, @ScalarJson Object> customFields,
        CustomerSource source,
        @Valid Ecommerce ecommerce) {

    /** The postal address; state and country are derived from the city and cannot be sent. */
    public record Address(
            @Size(max = 120) String line1,
            @Size(max = 120) String line2,
            @Size(max = 120) String line3,
            @Size(max = 20) String city,
            @Size(max = 10) String pinCode,
            @Size(max = 50) String phone1,
            @Size(max = 50) String phone2,
            @Size(max = 10) String fax) {
    }

    public record Gst(
            @Identifier(Kind.GSTIN) String number,
            LocalDate registrationDate,
            @Size(max = 20) String registrationStatus,
            @Identifier(Kind.GST_ARN) String arn) {
    }

    /**
     * A contact; in the customer body {@code id} names a stored contact to keep and update, none adds a new
     * one. As the body of {@code .../contacts[/{id}]} the path names the contact and {@code id} is not used.
     */
    public record Contact(
            Long id,
            @NotBlank @Size(max = 60) String name,
            @Size(max = 40) String designation,
            @Size(max = 40) String department,
            @Email @Size(max = 50) String email,
            @Size(max = 15) String mobile,
            @Size(max = 15) String landline) {

        /** As the domain keeps it, under {@code withId} (null for a new contact) whatever id the body gave. */
        CustomerDetails.Contact toContact(Long withId) {
            return new CustomerDetails.Contact(withId, name, designation, department, email, mobile, landline);
        }
    }

    public record Bank(
            @Size(max = 40) String name,
            @Size(max = 30) String accountNumber,
            @Size(max = 60) String branch,
            @Size(max = 25) @Identifier(Kind.IFSC) String ifsc,
            @Size(max = 60) String beneficiaryName,
            @Size(max = 20) String accountType,
            PaymentType paymentType,
            @Size(max = 40) String weeklyHours,
            @Size(max = 255) String address,
            @Size(max = 255) String holidays) {
    }

    public record Portal(Boolean loginEnabled, @Email @Size(max = 50) String email) {
    }

    /**
     * The cart a buyer was imported from and the buyer's id or e-mail in it; fixed at creation (a PUT or PATCH
     * may repeat it, not change it). {@code importedOn} is read-only.
     */
    public record Ecommerce(@NotBlank @Size(max = 40) String importedFromCart,
            @NotBlank @Size(max = 100) String cartMapping) {

        EcommerceFacts toFacts() {
            return new EcommerceFacts(importedFromCart, cartMapping, null);
        }
    }

    NewCustomer toNewCustomer() {
        return new NewCustomer(code, currency, portal == null ? null : portal.loginEnabled, details(),
                ecommerce == null ? null : ecommerce.toFacts());
    }

    Revision toRevision() {
        return new Revision(code, currency, details(), ecommerce == null ? null : ecommerce.toFacts());
    }

    CustomerDetails details() {
        return new CustomerDetails(name, corporate, type, ownershipDetail, mainBusiness, registrationReference,
                address == null ? null : new CustomerDetails.Address(address.line1, address.line2, address.line3,
                        address.city, null, null, address.pinCode, address.phone1, address.phone2, address.fax),
                gst == null ? null : new CustomerDetails.GstRegistration(gst.number, gst.registrationDate,
                        gst.registrationStatus, gst.arn),
                statutoryNumbers, email, website,
                contacts == null ? null : contacts.stream().map(c -> c.toContact(c.id)).toList(),
                salesRegion, creditLimit, creditActionOnOrder, creditActionOnInvoice, paymentTerms, modeOfDispatch,
                shipmentVia, shipmentTerms, salesman, interBranchSite,
                bank == null ? null : new CustomerDetails.BankDetails(bank.name, bank.accountNumber, bank.branch,
                        bank.ifsc, bank.beneficiaryName, bank.accountType, bank.paymentType, bank.weeklyHours,
                        bank.address, bank.holidays),
                debtorAccountGroups, externalAccountHead, billToCustomers,
                portal == null ? null : new CustomerDetails.PortalAccess(Boolean.TRUE.equals(portal.loginEnabled),
                        portal.email),
                customFields, source);
    }

    /** The customer as a writable body: what a merge patch applies to. */
    static CustomerRequest of(Customer customer) {
        CustomerDetails d = customer.details();
        CustomerDetails.Address a = d.address();
        CustomerDetails.GstRegistration g = d.gst();
        CustomerDetails.BankDetails b = d.bank();
        return new CustomerRequest(customer.code(), d.name(), customer.currency(), d.corporate(), d.type(),
                d.ownershipDetail(), d.mainBusiness(), d.registrationReference(),
                new Address(a.line1(), a.line2(), a.line3(), a.city(), a.pinCode(), a.phone1(), a.phone2(), a.fax()),
                new Gst(g.number(), g.registrationDate(), g.registrationStatus(), g.arn()),
                d.statutoryNumbers(), d.email(), d.website(),
                d.contacts().stream().map(c -> new Contact(c.id(), c.name(), c.designation(), c.department(),
                        c.email(), c.mobile(), c.landline())).toList(),
                d.salesRegion(), customer.creditLimit().amount(), d.creditActionOnOrder(), d.creditActionOnInvoice(),
                d.paymentTerms(), d.modeOfDispatch(), d.shipmentVia(), d.shipmentTerms(), d.salesman(),
                d.interBranchSite(),
                new Bank(b.name(), b.accountNumber(), b.branch(), b.ifsc(), b.beneficiaryName(), b.accountType(),
                        b.paymentType(), b.weeklyHours(), b.address(), b.holidays()),
                d.debtorAccountGroups(), d.externalAccountHead(), d.billToCustomers(),
                new Portal(d.portal().loginEnabled(), d.portal().email()),
                d.customFields(), d.source(),
                customer.ecommerce().map(e -> new Ecommerce(e.importedFromCart(), e.cartMapping())).orElse(null));
    }
}
