package dev.tradebook.gateway.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

@Path("/portal/v1/invoices")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CUSTOMER)
@Tag(name = "portal: invoices")
public class InvoiceResource {

    private final Transactions transactions;
    private final PortalCustomer portal;

    public InvoiceResource(Transactions transactions, PortalCustomer portal) {
        this.transactions = transactions;
        this.portal = portal;
    }

    @GET
    @Operation(summary = "The caller's invoices, newest first", description = "open=true: only those with something"
            + " outstanding. Items: documentType, number, date, dueDate, amount, outstanding, status.")
    @APIResponse(responseCode = "200", description = "{items, page, size, total}")
    @APIResponse(responseCode = "404", description = "?customer= named another customer")
    public JsonNode list(@QueryParam("open") @DefaultValue("false") boolean open, @Valid @BeanParam PortalPaging paging) {
        return transactions.list(portal.code(paging.customer), open ? "open-invoices" : "invoices", paging.page,
                paging.size);
    }

    @GET
    @Path("/{number}")
    @Operation(summary = "One of the caller's invoices", description = "Lines, totals, due date, credited, allocated"
            + " and outstanding.")
    @APIResponse(responseCode = "404", description = "no such invoice of the caller's customer")
    public JsonNode get(@PathParam("number") String number) {
        JsonNode invoice = transactions.invoice(number);
        portal.owns(invoice.path("customer").asText(), "Invoice", number);
        return invoice;
    }

    @POST
    @Path("/{number}/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Pay an invoice", description = "Records the payment the card or online processor took,"
            + " with its reference, allocated to this invoice (at most its outstanding amount).")
    @APIResponse(responseCode = "201", description = "the payment as recorded (number PAY…)")
    @APIResponse(responseCode = "400", description = "amount, method or reference missing or malformed")
    @APIResponse(responseCode = "404", description = "no such invoice of the caller's customer")
    @APIResponse(responseCode = "422", description = "more than is outstanding on the invoice")
    public Response pay(@PathParam("number") String number,
            @Parameter(description = "replays the first response to a retry") @HeaderParam("Idempotency-Key") String key,
            @Valid @NotNull PaymentRequest payment) {
        portal.owns(transactions.invoice(number).path("customer").asText(), "Invoice", number);
        JsonNode received = transactions.receivePayment(key, payment.toPayment(portal.code(), number));
        return Response.status(Response.Status.CREATED).entity(received).build();
    }
}
