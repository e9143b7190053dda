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
import dev.tradebook.transaction.domain.DocumentListQuery;
import dev.tradebook.transaction.domain.Payment;
import dev.tradebook.transaction.domain.Payments;
import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/payments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PaymentResource {

    private final Payments payments;
    private final SecurityIdentity identity;
    private final CallerCustomer caller;

    public PaymentResource(Payments payments, SecurityIdentity identity, CallerCustomer caller) {
        this.caller = caller;
        this.payments = payments;
        this.identity = identity;
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.ACCOUNTS, Roles.CUSTOMER})
    @Operation(summary = "Record a payment received", description = "Lowers the exposure by the amount. Each"
            + " allocation must name an invoice of the customer and not exceed what is outstanding on it.")
    public Response receive(@Valid @NotNull TransferBody body) {
        caller.mayAccess(body.customer());
        Payment payment = payments.receive(body.toRequest(identity.getPrincipal().getName()));
        return Response.created(URI.create("/api/v1/payments/" + payment.number())).entity(TransferView.of(payment))
                .build();
    }

    @GET
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER})
    @Operation(summary = "List payments received", description = DocumentListParams.DESCRIPTION)
    public PageView<TransferView> list(@Valid @BeanParam DocumentListParams params) {
        DocumentListQuery query = params.query();
        return PageView.of(payments.list(query), query, TransferView::of);
    }

    @GET
    @Path("/{number}")
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER})
    public TransferView get(@PathParam("number") String number) {
        return TransferView.of(payments.find(number));
    }
}
