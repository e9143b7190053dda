package dev.tradebook.ledger.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.tradebook.ledger.domain.AccountGroupRepository;
import dev.tradebook.platform.runtime.security.Roles;

@Path("/api/v1/account-groups")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER})
public class AccountGroupResource {

    private final AccountGroupRepository groups;

    public AccountGroupResource(AccountGroupRepository groups) {
        this.groups = groups;
    }

    /** By code; few enough that they are never paged. */
    @GET
    public List<AccountGroupView> list() {
        return groups.allByCode().stream().map(AccountGroupView::of).toList();
    }
}
