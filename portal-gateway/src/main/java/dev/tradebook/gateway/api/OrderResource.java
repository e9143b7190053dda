package dev.tradebook.gateway.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import dev.tradebook.gateway.client.Transactions;
import dev.tradebook.gateway.security.PortalCustomer;
import dev.tradebook.platform.runtime.security.Roles;

@Path("/portal/v1/orders")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CUSTOMER)
@Tag(name = "portal: orders")
public class OrderResource {

    private final Transactions transactions;
    private final PortalCustomer portal;

    public OrderResource(Transactions transactions, PortalCustomer portal) {
        this.transactions = transactions;
        this.portal = portal;
    }

    @GET
    @Operation(summary = "The caller's sales orders", description = "Each with its lines, totals and status (PENDING,"
            + " APPROVED, PARTIALLY_INVOICED, INVOICED, CANCELLED).")
    @APIResponse(responseCode = "404", description = "?customer= named another customer")
    public JsonNode list(@Valid @BeanParam PortalPaging paging) {
        return transactions.salesOrders(portal.code(paging.customer), paging.page, paging.size);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Place an order from the shopping cart", description = "A sales order for the caller's"
            + " customer, checked like any other: over a STOP limit 422 credit-limit-exceeded, over a WARN limit 422"
            + " credit-limit-warning unless acknowledgeCreditWarning, on hold 422 customer-on-hold (or created PENDING"
            + " when the hold policy allows pending orders). The service's problem+json is passed on unchanged.")
    @APIResponse(responseCode = "201", description = "the order (number SO…, totals, status)")
    @APIResponse(responseCode = "400", description = "a line field missing or malformed, named in violations")
    @APIResponse(responseCode = "422", description = "credit or hold refusal, or a currency other than the customer's")
    public Response place(
            @Parameter(description = "replays the first response to a retry") @HeaderParam("Idempotency-Key") String key,
            @Valid @NotNull CartRequest cart) {
        JsonNode order = transactions.placeSalesOrder(key, cart.toSalesOrder(portal.code()));
        return Response.status(Response.Status.CREATED).entity(order).build();
    }
}
