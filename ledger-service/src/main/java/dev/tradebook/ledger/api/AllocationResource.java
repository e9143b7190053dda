package dev.tradebook.ledger.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import dev.tradebook.ledger.domain.CustomerAllocations;
import dev.tradebook.platform.runtime.idempotency.Idempotent;
import dev.tradebook.platform.runtime.security.Roles;

@Path("/api/v1/customers/{code}/allocations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AllocationResource {

    private final CustomerAllocations allocations;

    public AllocationResource(CustomerAllocations allocations) {
        this.allocations = allocations;
    }

    /**
     * Allocates a payment or credit note to invoices of the same customer: 201 with the source and the invoices
     * as they stand after it; 422 naming the first allocation that does not fit, with nothing written.
     */
    @POST
    @Idempotent
    @RolesAllowed(Roles.ACCOUNTS)
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, description = "replays the first response to a retry")
    public Response allocate(@PathParam("code") String code, @Valid @NotNull AllocationRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(AllocationView.of(allocations.allocate(code, request.source(), request.requested())))
                .build();
    }
}
