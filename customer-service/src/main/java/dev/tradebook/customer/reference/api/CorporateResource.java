package dev.tradebook.customer.reference.api;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.tradebook.customer.reference.domain.Corporate;
import dev.tradebook.customer.reference.domain.Corporates;
import dev.tradebook.platform.runtime.api.PageParams;
import dev.tradebook.platform.runtime.api.ProblemResponses;
import dev.tradebook.platform.runtime.idempotency.Idempotent;
import dev.tradebook.platform.runtime.security.Roles;

@Path("/api/v1/corporates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER})
@Tag(name = "Corporates", description = "Groups of companies a customer can belong to. Never deleted; PUT with"
        + " active=false deactivates one.")
public class CorporateResource {

    private final Corporates corporates;

    public CorporateResource(Corporates corporates) {
        this.corporates = corporates;
    }

    @GET
    @Operation(summary = "List corporates", description = "Sorted by code, paged.")
    @APIResponse(responseCode = "200", description = "one page of corporates")
    public PageView<CorporateView> list(
            @QueryParam("active") @Parameter(description = ActiveFilter.DESCRIPTION)
            @Pattern(regexp = ActiveFilter.PATTERN, message = ActiveFilter.MESSAGE) String active,
            @Valid @BeanParam PageParams params) {
        return PageView.of(corporates.list(ActiveFilter.of(active), params.page(), params.size()), CorporateView::of);
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.SALES_ADMIN)
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, description = "replays the first response to a retry")
    @Operation(summary = "Register a corporate")
    @APIResponse(responseCode = "201", description = "registered; Location names it, ETag is its version",
            content = @Content(schema = @Schema(implementation = CorporateView.class)))
    @APIResponse(responseCode = "409", description = "the code is taken",
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON_TYPE, schema = @Schema(ref = ProblemResponses.PROBLEM_SCHEMA)))
    public Response create(@Valid @NotNull CorporateRequest request) {
        Corporate corporate = corporates.register(request.code(), request.name(), request.activeOrDefault());
        return Response.created(URI.create("/api/v1/corporates/" + corporate.code()))
                .tag(EntityTags.of(corporate.version()))
                .entity(CorporateView.of(corporate))
                .build();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Read a corporate", description = "The ETag is the version to send back in If-Match.")
    @APIResponse(responseCode = "200", description = "the corporate",
            content = @Content(schema = @Schema(implementation = CorporateView.class)))
    public Response get(@PathParam("code") String code) {
        Corporate corporate = corporates.get(code);
        return Response.ok(CorporateView.of(corporate)).tag(EntityTags.of(corporate.version())).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.SALES_ADMIN)
    @Operation(summary = "Change a corporate", description = "Replaces name and active. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "changed; ETag is the new version",
            content = @Content(schema = @Schema(implementation = CorporateView.class)))
    public Response revise(@PathParam("code") String code,
            @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = "the ETag of the version you read") String ifMatch,
            @Valid @NotNull CorporateChange change) {
        Corporate corporate = corporates.revise(code, EntityTags.ifMatch(ifMatch), change.name(), change.active());
        return Response.ok(CorporateView.of(corporate)).tag(EntityTags.of(corporate.version())).build();
    }
}
