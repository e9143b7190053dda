package dev.tradebook.transaction.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.tradebook.platform.runtime.security.CallerCustomer;
import dev.tradebook.platform.runtime.security.Roles;
import dev.tradebook.transaction.domain.CreditAccounts;

@Path("/api/v1/customers/{code}/credit")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerCreditResource {

    private final CreditAccounts creditAccounts;
    private final CallerCustomer caller;

    public CustomerCreditResource(CreditAccounts creditAccounts, CallerCustomer caller) {
        this.creditAccounts = creditAccounts;
        this.caller = caller;
    }

    /**
     * 404 until a customer event has told this service about the customer; the order intake (integrator) waits
     * for that before it places a new buyer's first order.
     */
    @GET
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER, Roles.CUSTOMER, Roles.INTEGRATOR})
    public CreditView get(@PathParam("code") String code) {
        caller.mayAccess(code);
        return CreditView.of(creditAccounts.account(code));
    }
}
