package dev.tradebook.gateway.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import dev.tradebook.gateway.client.Ledger;
import dev.tradebook.gateway.client.Transactions;
import dev.tradebook.gateway.security.PortalCustomer;
import dev.tradebook.platform.runtime.security.Roles;

@Path("/portal/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CUSTOMER)
@Tag(name = "portal: account")
public class AccountResource {

    private final Ledger ledger;
    private final Transactions transactions;
    private final PortalCustomer portal;

    public AccountResource(Ledger ledger, Transactions transactions, PortalCustomer portal) {
        this.ledger = ledger;
        this.transactions = transactions;
        this.portal = portal;
    }

    @GET
    @Path("/account")
    @Operation(summary = "The caller's account position", description = "Balance, amount due and overdue from the"
            + " ledger; credit limit, available credit and holds (with the reason of a manual hold) from the credit"
            + " check that orders go through.")
    public AccountView account() {
        String code = portal.code();
        return AccountView.of(ledger.account(code), transactions.credit(code));
    }

    @GET
    @Path("/statement")
    @Operation(summary = "The caller's statement", description = "Without from/to the open items; with either a"
            + " period with opening balance, lines with running balance and closing balance.")
    @APIResponse(responseCode = "400", description = "from or to is not a date (yyyy-mm-dd), or from is after to")
    @APIResponse(responseCode = "404", description = "?customer= named another customer")
    public JsonNode statement(@Parameter(description = "yyyy-mm-dd") @QueryParam("from") String from,
            @Parameter(description = "yyyy-mm-dd") @QueryParam("to") String to,
            @Parameter(description = "optional; any customer but the caller's own answers 404") @QueryParam("customer") String customer) {
        return ledger.statement(portal.code(customer), from, to);
    }
}
