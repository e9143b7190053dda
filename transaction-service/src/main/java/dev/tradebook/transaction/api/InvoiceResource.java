package dev.tradebook.transaction.api;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import dev.tradebook.platform.runtime.idempotency.Idempotent;
import dev.tradebook.platform.runtime.security.CallerCustomer;
import dev.tradebook.platform.runtime.security.Roles;
import dev.tradebook.transaction.domain.CreditRefused;
import dev.tradebook.transaction.domain.DocumentListQuery;
import dev.tradebook.transaction.domain.InvoiceRecord;
import dev.tradebook.transaction.domain.Invoices;
import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/invoices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvoiceResource {

    private final Invoices invoices;
    private final SecurityIdentity identity;
    private final CallerCustomer caller;

    public InvoiceResource(Invoices invoices, SecurityIdentity identity, CallerCustomer caller) {
        this.caller = caller;
        this.invoices = invoices;
        this.identity = identity;
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS})
    @Operation(summary = "Issue an invoice", description = "{\"salesOrder\"} invoices the order's whole open rest,"
            + " with \"lines\" only those; {\"customer\", \"lines\"} is a direct invoice, credit-checked per the"
            + " customer's creditActionOnInvoice. Due date = invoice date + the customer's payment term days.")
    public Response issue(@Valid @NotNull InvoiceRequest request) {
        String user = identity.getPrincipal().getName();
        try {
            InvoiceRecord issued = request.forOrder()
                    ? invoices.issueForOrder(request.salesOrder(), request.lineInputs(), user)
                    : invoices.issueDirect(request.toDocument(user));
            return Response.created(URI.create("/api/v1/invoices/" + issued.invoice().number()))
                    .entity(InvoiceView.of(issued)).build();
        } catch (CreditRefused refused) {
            return Refusals.of(refused);
        }
    }

    @GET
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER})
    @Operation(summary = "List invoices", description = DocumentListParams.DESCRIPTION)
    public PageView<InvoiceView> list(@Valid @BeanParam DocumentListParams params) {
        DocumentListQuery query = params.query();
        return PageView.of(invoices.list(query), query, InvoiceView::of);
    }

    @GET
    @Path("/{number}")
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER, Roles.CUSTOMER})
    public InvoiceView get(@PathParam("number") String number) {
        InvoiceView invoice = InvoiceView.of(invoices.find(number));
        caller.mayAccess(invoice.customer(), "Invoice", number);
        return invoice;
    }
}
