package dev.tradebook.ledger.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;

import dev.tradebook.ledger.domain.DebtorAccounts;
import dev.tradebook.ledger.domain.GeneralLedgerAccounts;
import dev.tradebook.platform.runtime.security.Roles;

@Path("/api/v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER})
public class AccountResource {

    private final DebtorAccounts accounts;
    private final GeneralLedgerAccounts chart;

    public AccountResource(DebtorAccounts accounts, GeneralLedgerAccounts chart) {
        this.accounts = accounts;
        this.chart = chart;
    }

    @GET
    @Operation(summary = "Debtor accounts or the chart of accounts", description = "kind=DEBTOR (the default): the"
            + " customers' debtor accounts, by customer then group, only one customer's with customer=. kind=GL: the"
            + " general-ledger accounts by code (sales, tax, cash and bank, returns, discounts, write-offs and the"
            + " groups' control accounts); a customer has none of them, so with customer= the page is empty.")
    public AccountPage list(@Valid @BeanParam AccountSearchParams search) {
        if (!search.chartOfAccounts()) {
            return AccountPage.of(accounts.list(search.customer, search.page(), search.size()));
        }
        if (search.customer != null) {
            return new AccountPage(List.of(), search.page(), search.size(), 0);
        }
        return AccountPage.of(chart.list(search.page(), search.size()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One account", description = "A debtor account by its id (a UUID) or a general-ledger"
            + " account by its code, e.g. 4000.")
    public AccountView get(@PathParam("id") String id) {
        return Identifiers.isUuid(id) ? AccountView.of(accounts.get(UUID.fromString(id)))
                : AccountView.of(chart.get(id));
    }
}
