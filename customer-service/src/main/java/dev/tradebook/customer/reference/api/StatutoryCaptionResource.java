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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.tradebook.customer.reference.domain.StatutoryCaption;
import dev.tradebook.customer.reference.domain.StatutoryCaptions;
import dev.tradebook.platform.runtime.api.PageParams;
import dev.tradebook.platform.runtime.api.ProblemResponses;
import dev.tradebook.platform.runtime.idempotency.Idempotent;
import dev.tradebook.platform.runtime.security.Roles;

@Path("/api/v1/statutory-captions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER})
@Tag(name = "Statutory captions", description = "The statutory numbers a customer carries besides its GSTIN (PAN, TAN,"
        + " CIN, Udyam...), keyed by code in the customer's statutoryNumbers. Never deleted; PUT with active=false"
        + " deactivates one.")
public class StatutoryCaptionResource {

    private final StatutoryCaptions captions;

    public StatutoryCaptionResource(StatutoryCaptions captions) {
        this.captions = captions;
    }

    @GET
    @Operation(summary = "List statutory captions", description = "Sorted by code, paged.")
    @APIResponse(responseCode = "200", description = "one page of captions")
    public PageView<StatutoryCaptionView> list(
            @QueryParam("active") @Parameter(description = ActiveFilter.DESCRIPTION)
            @Pattern(regexp = ActiveFilter.PATTERN, message = ActiveFilter.MESSAGE) String active,
            @Valid @BeanParam PageParams params) {
        return PageView.of(captions.list(ActiveFilter.of(active), params.page(), params.size()), StatutoryCaptionView::of);
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.SALES_ADMIN)
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, description = "replays the first response to a retry")
    @Operation(summary = "Define a statutory caption")
    @APIResponse(responseCode = "201", description = "defined; Location names it, ETag is its version",
            content = @Content(schema = @Schema(implementation = StatutoryCaptionView.class)))
    @APIResponse(responseCode = "409", description = "the code is taken",
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON_TYPE, schema = @Schema(ref = ProblemResponses.PROBLEM_SCHEMA)))
    public Response create(@Valid @NotNull StatutoryCaptionRequest request) {
        StatutoryCaption caption = captions.define(request.code(), request.label(), request.mandatoryOrDefault(),
                request.activeOrDefault());
        return Response.created(URI.create("/api/v1/statutory-captions/" + caption.code()))
                .tag(EntityTags.of(caption.version()))
                .entity(StatutoryCaptionView.of(caption))
                .build();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Read a statutory caption", description = "The ETag is the version to send back in If-Match.")
    @APIResponse(responseCode = "200", description = "the caption",
            content = @Content(schema = @Schema(implementation = StatutoryCaptionView.class)))
    public Response get(@PathParam("code") String code) {
        StatutoryCaption caption = captions.get(code);
        return Response.ok(StatutoryCaptionView.of(caption)).tag(EntityTags.of(caption.version())).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.SALES_ADMIN)
    @Operation(summary = "Change a statutory caption", description = "Replaces label, mandatory and active. Requires"
            + " If-Match. A caption made mandatory applies to customers saved from then on.")
    @APIResponse(responseCode = "200", description = "changed; ETag is the new version",
            content = @Content(schema = @Schema(implementation = StatutoryCaptionView.class)))
    public Response revise(@PathParam("code") String code,
            @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = "the ETag of the version you read") String ifMatch,
            @Valid @NotNull StatutoryCaptionChange change) {
        StatutoryCaption caption = captions.revise(code, EntityTags.ifMatch(ifMatch), change.label(), change.mandatory(),
                change.active());
        return Response.ok(StatutoryCaptionView.of(caption)).tag(EntityTags.of(caption.version())).build();
    }
}
