package dev.tradebook.ledger.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.tradebook.ledger.domain.AccountEnquiries;
import dev.tradebook.platform.runtime.api.PageParams;
import dev.tradebook.platform.runtime.security.CallerCustomer;
import dev.tradebook.platform.runtime.security.Roles;

/** A customer's account as the ledger keeps it; an unknown customer is 404. */
@Path("/api/v1/customers/{code}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER})
public class CustomerAccountResource {

    private final AccountEnquiries enquiries;
    private final CallerCustomer caller;

    public CustomerAccountResource(AccountEnquiries enquiries, CallerCustomer caller) {
        this.enquiries = enquiries;
        this.caller = caller;
    }

    @GET
    @Path("/account")
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER, Roles.CUSTOMER})
    public AccountSummaryView account(@PathParam("code") String code) {
        caller.mayAccess(code);
        return AccountSummaryView.of(enquiries.summary(code));
    }

    /** Journal lines on the customer's debtor accounts in posting order, by entry date from/to (inclusive). */
    @GET
    @Path("/entries")
    public EntryLinePage entries(@PathParam("code") String code, @Valid @BeanParam PeriodParams period) {
        return EntryLinePage.of(enquiries.entries(code, period.from(), period.to(), period.page(), period.size()));
    }

    /** Open invoices, refunds, credit notes and unallocated payments, oldest first. */
    @GET
    @Path("/open-items")
    public OpenItemList openItems(@PathParam("code") String code, @Valid @BeanParam PageParams page) {
        return OpenItemList.of(enquiries.openItems(code, page.page(), page.size()));
    }
}
