package dev.tradebook.ledger.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.tradebook.ledger.domain.DebtorAccounts;
import dev.tradebook.platform.runtime.security.Roles;

@Path("/api/v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER})
public class AccountResource {

    private final DebtorAccounts accounts;

    public AccountResource(DebtorAccounts accounts) {
        this.accounts = accounts;
    }

    /** Ordered by customer, then group. */
    @GET
    public AccountPage list(@Valid @BeanParam AccountSearchParams search) {
        return AccountPage.of(accounts.list(search.customer, search.page(), search.size()));
    }

    @GET
    @Path("/{id}")
    public AccountView get(@PathParam("id") String id) {
        return AccountView.of(accounts.get(Identifiers.uuid("Account", id)));
    }
}
