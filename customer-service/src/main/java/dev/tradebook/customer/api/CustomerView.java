package dev.tradebook.customer.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.tradebook.customer.domain.CreditAction;
import dev.tradebook.customer.domain.Customer;
import dev.tradebook.customer.domain.CustomerBalance;
import dev.tradebook.customer.domain.CustomerDetails;
import dev.tradebook.customer.domain.CustomerSource;
import dev.tradebook.customer.domain.CustomerType;
import dev.tradebook.customer.domain.LeadKind;
import dev.tradebook.customer.domain.PaymentType;

/** A customer as the API shows it: every writable field and the read-only ones. */
public record CustomerView(
        String code,
        String name,
        String currency,
        String status,
        String corporate,
        CustomerType type,
        String ownershipDetail,
        String mainBusiness,
        String registrationReference,
        Address address,
        Gst gst,
        Map<String, String> statutoryNumbers,
        String email,
        String website,
        List<Contact> contacts,
        @Schema(readOnly = true, description = "contact that gets sales orders by e-mail (PUT .../email-contacts)")
        Long orderEmailContact,
        @Schema(readOnly = true, description = "contact that gets invoices by e-mail (PUT .../email-contacts)")
        Long invoiceEmailContact,
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
        Bank bank,
        List<String> debtorAccountGroups,
        String externalAccountHead,
        List<String> billToCustomers,
        Portal portal,
        Map<String, Object> customFields,
        CustomerSource source,
        boolean onHold,
        List<String> holdReasons,
        String manualHoldReason,
        String manualHoldBy,
        Instant manualHoldAt,
        @Schema(readOnly = true, description = "what the customer owes, as the ledger says; null before a posting")
        Balance balance,
        String owner,
        long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "for a buyer imported from an e-commerce cart: the cart, the buyer in it, when; else null")
        Ecommerce ecommerce,
        @Schema(readOnly = true, description = "the lead or prospect it was converted from (GET /api/v1/leads/{id} or"
                + " /api/v1/prospects/{id}); null when it entered any other way")
        Origin origin) {

    public record Ecommerce(String importedFromCart, String cartMapping,
            @Schema(readOnly = true) Instant importedOn) {
    }

    public record Origin(LeadKind kind, long id) {
    }

    public record Address(String line1, String line2, String line3, String city, String state, String country,
            String pinCode, String phone1, String phone2, String fax) {
    }

    public record Gst(String number, LocalDate registrationDate, String registrationStatus, String arn) {
    }

    public record Contact(Long id, String name, String designation, String department, String email, String mobile,
            String landline) {

        static Contact of(CustomerDetails.Contact c) {
            return new Contact(c.id(), c.name(), c.designation(), c.department(), c.email(), c.mobile(), c.landline());
        }
    }

    public record Bank(String name, String accountNumber, String branch, String ifsc, String beneficiaryName,
            String accountType, PaymentType paymentType, String weeklyHours, String address, String holidays) {
    }

    public record Portal(boolean loginEnabled, String email) {
    }

    /** Amounts at the scale of the currency; {@code amountDue} is what is billed, {@code amountOverdue} past due. */
    public record Balance(BigDecimal amount, String currency, BigDecimal amountDue, BigDecimal amountOverdue,
            Instant updatedAt) {

        static Balance of(CustomerBalance balance) {
            return new Balance(balance.amount().amount(), balance.amount().currency().getCurrencyCode(),
                    balance.amountDue().amount(), balance.amountOverdue().amount(), balance.updatedAt());
        }
    }

    static CustomerView of(Customer customer) {
        CustomerDetails d = customer.details();
        CustomerDetails.Address a = d.address();
        CustomerDetails.GstRegistration g = d.gst();
        CustomerDetails.BankDetails b = d.bank();
        return new CustomerView(customer.code(), d.name(), customer.currency(), customer.status().name(),
                d.corporate(), d.type(), d.ownershipDetail(), d.mainBusiness(), d.registrationReference(),
                new Address(a.line1(), a.line2(), a.line3(), a.city(), a.state(), a.country(), a.pinCode(), a.phone1(),
                        a.phone2(), a.fax()),
                new Gst(g.number(), g.registrationDate(), g.registrationStatus(), g.arn()),
                d.statutoryNumbers(), d.email(), d.website(),
                d.contacts().stream().map(Contact::of).toList(),
                customer.orderEmailContact(), customer.invoiceEmailContact(),
                d.salesRegion(), customer.creditLimit().amount(), d.creditActionOnOrder(), d.creditActionOnInvoice(),
                d.paymentTerms(), d.modeOfDispatch(), d.shipmentVia(), d.shipmentTerms(), d.salesman(),
                d.interBranchSite(),
                new Bank(b.name(), b.accountNumber(), b.branch(), b.ifsc(), b.beneficiaryName(), b.accountType(),
                        b.paymentType(), b.weeklyHours(), b.address(), b.holidays()),
                d.debtorAccountGroups(), d.externalAccountHead(), d.billToCustomers(),
                new Portal(d.portal().loginEnabled(), d.portal().email()),
                d.customFields(), d.source(),
                customer.onHold(), customer.holdReasons().stream().map(Enum::name).toList(),
                customer.manualHoldReason(), customer.manualHoldBy(), customer.manualHoldAt(),
                customer.balance().map(Balance::of).orElse(null), customer.owner(), customer.version(),
                customer.createdAt(), customer.updatedAt(),
                customer.ecommerce().map(e -> new Ecommerce(e.importedFromCart(), e.cartMapping(), e.importedOn()))
                        .orElse(null),
                customer.origin().map(origin -> new Origin(origin.kind(), origin.id())).orElse(null));
    }
}
