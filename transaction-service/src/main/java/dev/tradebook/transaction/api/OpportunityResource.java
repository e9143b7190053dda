package dev.tradebook.transaction.api;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import dev.tradebook.platform.runtime.security.Roles;
import dev.tradebook.transaction.domain.Opportunities;
import dev.tradebook.transaction.domain.Opportunity;
import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/opportunities")
@Produces(MediaType.APPLICATION_JSON)
// A body-less action takes any content type or none, so a plain POST gets to authorization and its answer.
@Consumes(MediaType.APPLICATION_JSON)
public class OpportunityResource {

    private final Opportunities opportunities;
    private final SecurityIdentity identity;

    public OpportunityResource(Opportunities opportunities, SecurityIdentity identity) {
        this.opportunities = opportunities;
        this.identity = identity;
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES})
    @Operation(summary = "Open a sales opportunity", description = "expectedValue in the customer's currency.")
    public Response open(@Valid @NotNull OpportunityRequest request) {
        Opportunity opportunity = opportunities.open(request.customer(), request.title(), request.expectedValue(),
                request.expectedCloseDate(), identity.getPrincipal().getName());
        return Response.created(URI.create("/api/v1/opportunities/" + opportunity.number()))
                .entity(OpportunityView.of(opportunity)).build();
    }

    @GET
    @Path("/{number}")
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER})
    public OpportunityView get(@PathParam("number") String number) {
        return OpportunityView.of(opportunities.find(number));
    }

    @POST
    @Path("/{number}/win")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES})
    public OpportunityView win(@PathParam("number") String number) {
        return OpportunityView.of(opportunities.win(number));
    }

    @POST
    @Path("/{number}/lose")
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES})
    public OpportunityView lose(@PathParam("number") String number, @Valid CancellationRequest request) {
        return OpportunityView.of(opportunities.lose(number, request == null ? null : request.reason()));
    }
}
