package dev.tradebook.gateway.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import dev.tradebook.gateway.client.Transactions;
import dev.tradebook.gateway.security.PortalCustomer;
import dev.tradebook.platform.runtime.security.Roles;

@Path("/portal/v1/quotes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CUSTOMER)
@Tag(name = "portal: quotes")
public class QuoteResource {

    private final Transactions transactions;
    private final PortalCustomer portal;

    public QuoteResource(Transactions transactions, PortalCustomer portal) {
        this.transactions = transactions;
        this.portal = portal;
    }

    @GET
    @Operation(summary = "The caller's quotes, newest first", description = "Items: documentType QUOTE, number, date,"
            + " dueDate (valid until), amount, status (DRAFT, SENT, ACCEPTED, REJECTED, CONVERTED, EXPIRED).")
    @APIResponse(responseCode = "404", description = "?customer= named another customer")
    public JsonNode list(@Valid @BeanParam PortalPaging paging) {
        return transactions.list(portal.code(paging.customer), "quotes", paging.page, paging.size);
    }

    @POST
    @Path("/{number}/accept")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Accept a quote that was sent to the caller", description = "SENT → ACCEPTED; the sales"
            + " team then turns it into an order.")
    @APIResponse(responseCode = "200", description = "the quote, now ACCEPTED")
    @APIResponse(responseCode = "404", description = "no such quote of the caller's customer")
    @APIResponse(responseCode = "422", description = "the quote is not SENT, or has expired")
    public JsonNode accept(@PathParam("number") String number) {
        JsonNode quote = transactions.acceptQuote(number);
        portal.owns(quote.path("customer").asText(), "Quote", number);
        return quote;
    }
}
