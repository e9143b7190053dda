package dev.tradebook.transaction.api;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import dev.tradebook.platform.runtime.idempotency.Idempotent;
import dev.tradebook.platform.runtime.security.Roles;
import dev.tradebook.transaction.domain.DocumentListQuery;
import dev.tradebook.transaction.domain.Rma;
import dev.tradebook.transaction.domain.RmaStatus;
import dev.tradebook.transaction.domain.Rmas;
import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/rmas")
@Produces(MediaType.APPLICATION_JSON)
// A body-less action takes any content type or none, so a plain POST gets to authorization and its answer.
@Consumes(MediaType.APPLICATION_JSON)
public class RmaResource {

    private final Rmas rmas;
    private final SecurityIdentity identity;

    public RmaResource(Rmas rmas, SecurityIdentity identity) {
        this.rmas = rmas;
        this.identity = identity;
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS})
    @Operation(summary = "Authorise a return against an invoice of the customer")
    public Response authorise(@Valid @NotNull RmaRequest request) {
        Rma rma = rmas.authorise(request.toDocument(identity.getPrincipal().getName()), request.invoice());
        return Response.created(URI.create("/api/v1/rmas/" + rma.number())).entity(RmaView.of(rma)).build();
    }

    @GET
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER})
    @Operation(summary = "List RMAs", description = DocumentListParams.DESCRIPTION
            + " status: only returns in this status.")
    public PageView<RmaView> list(@Valid @BeanParam DocumentListParams params,
            @QueryParam("status") @Pattern(regexp = "AUTHORISED|RECEIVED|CREDITED",
                    message = "must be one of AUTHORISED, RECEIVED, CREDITED") String status) {
        DocumentListQuery query = params.query();
        return PageView.of(rmas.list(query, status == null ? null : RmaStatus.valueOf(status)), query, RmaView::of);
    }

    @GET
    @Path("/{number}")
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER})
    public RmaView get(@PathParam("number") String number) {
        return RmaView.of(rmas.find(number));
    }

    @POST
    @Path("/{number}/receive")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS})
    @Operation(summary = "AUTHORISED → RECEIVED: the goods are back", description = "Publishes sales.rma-received.v1.")
    public RmaView receive(@PathParam("number") String number) {
        return RmaView.of(rmas.receive(number));
    }

    @POST
    @Path("/{number}/credit-note")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ACCOUNTS)
    @Operation(summary = "RECEIVED → CREDITED: issue the credit note for the returned lines",
            description = "Against the RMA's invoice, never above what is left to credit on it.")
    public RmaView credit(@PathParam("number") String number) {
        return RmaView.of(rmas.credit(number, identity.getPrincipal().getName()));
    }
}
