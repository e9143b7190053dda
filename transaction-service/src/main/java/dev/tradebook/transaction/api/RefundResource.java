package dev.tradebook.transaction.api;

import java.net.URI;
import java.util.List;

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
import dev.tradebook.platform.runtime.problem.InvalidRequest;
import dev.tradebook.platform.runtime.problem.Violation;
import dev.tradebook.platform.runtime.security.Roles;
import dev.tradebook.transaction.domain.DocumentListQuery;
import dev.tradebook.transaction.domain.Refund;
import dev.tradebook.transaction.domain.Refunds;
import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/refunds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RefundResource {

    private final Refunds refunds;
    private final SecurityIdentity identity;

    public RefundResource(Refunds refunds, SecurityIdentity identity) {
        this.refunds = refunds;
        this.identity = identity;
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.ACCOUNTS)
    @Operation(summary = "Record a refund paid out", description = "Raises the exposure by the amount.")
    public Response issue(@Valid @NotNull TransferBody body) {
        if (body.allocations() != null && !body.allocations().isEmpty()) {
            throw new InvalidRequest("validation", "A refund is not allocated to invoices",
                    List.of(new Violation("allocations", "must be absent for a refund")));
        }
        Refund refund = refunds.issue(body.toRequest(identity.getPrincipal().getName()));
        return Response.created(URI.create("/api/v1/refunds/" + refund.number())).entity(TransferView.of(refund))
                .build();
    }

    @GET
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER})
    @Operation(summary = "List refunds", description = DocumentListParams.DESCRIPTION)
    public PageView<TransferView> list(@Valid @BeanParam DocumentListParams params) {
        DocumentListQuery query = params.query();
        return PageView.of(refunds.list(query), query, TransferView::of);
    }

    @GET
    @Path("/{number}")
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER})
    public TransferView get(@PathParam("number") String number) {
        return TransferView.of(refunds.find(number));
    }
}
