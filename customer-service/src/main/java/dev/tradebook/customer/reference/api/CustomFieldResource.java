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

import dev.tradebook.customer.reference.domain.CustomFieldDefinition;
import dev.tradebook.customer.reference.domain.CustomFieldDefinitions;
import dev.tradebook.platform.runtime.api.PageParams;
import dev.tradebook.platform.runtime.api.ProblemResponses;
import dev.tradebook.platform.runtime.idempotency.Idempotent;
import dev.tradebook.platform.runtime.security.Roles;

@Path("/api/v1/custom-fields")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER})
@Tag(name = "Custom fields", description = "Fields the company adds to its customer master; a customer's customFields"
        + " {name: value} must fit the active definitions. Never deleted; PUT with active=false deactivates one.")
public class CustomFieldResource {

    private final CustomFieldDefinitions fields;

    public CustomFieldResource(CustomFieldDefinitions fields) {
        this.fields = fields;
    }

    @GET
    @Operation(summary = "List custom-field definitions", description = "Sorted by name, paged.")
    @APIResponse(responseCode = "200", description = "one page of definitions")
    public PageView<CustomFieldView> list(
            @QueryParam("active") @Parameter(description = ActiveFilter.DESCRIPTION)
            @Pattern(regexp = ActiveFilter.PATTERN, message = ActiveFilter.MESSAGE) String active,
            @Valid @BeanParam PageParams params) {
        return PageView.of(fields.list(ActiveFilter.of(active), params.page(), params.size()), CustomFieldView::of);
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.SALES_ADMIN)
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, description = "replays the first response to a retry")
    @Operation(summary = "Define a custom field", description = "choices are required for CHOICE and refused otherwise.")
    @APIResponse(responseCode = "201", description = "defined; Location names it, ETag is its version",
            content = @Content(schema = @Schema(implementation = CustomFieldView.class)))
    @APIResponse(responseCode = "409", description = "the name is taken",
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON_TYPE, schema = @Schema(ref = ProblemResponses.PROBLEM_SCHEMA)))
    public Response create(@Valid @NotNull CustomFieldRequest request) {
        CustomFieldDefinition field = fields.define(request.name(), request.toSpec());
        return Response.created(URI.create("/api/v1/custom-fields/" + field.name()))
                .tag(EntityTags.of(field.version()))
                .entity(CustomFieldView.of(field))
                .build();
    }

    @GET
    @Path("/{name}")
    @Operation(summary = "Read a custom-field definition", description = "The ETag is the version to send back in If-Match.")
    @APIResponse(responseCode = "200", description = "the definition",
            content = @Content(schema = @Schema(implementation = CustomFieldView.class)))
    public Response get(@PathParam("name") String name) {
        CustomFieldDefinition field = fields.get(name);
        return Response.ok(CustomFieldView.of(field)).tag(EntityTags.of(field.version())).build();
    }

    @PUT
    @Path("/{name}")
    @RolesAllowed(Roles.SALES_ADMIN)
    @Operation(summary = "Change a custom-field definition", description = "Replaces label, choices, required,"
            + " inheritToDocuments and active; the type stays. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "changed; ETag is the new version",
            content = @Content(schema = @Schema(implementation = CustomFieldView.class)))
    @APIResponse(responseCode = "422", description = "the type would change",
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON_TYPE, schema = @Schema(ref = ProblemResponses.PROBLEM_SCHEMA)))
    public Response revise(@PathParam("name") String name,
            @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = "the ETag of the version you read") String ifMatch,
            @Valid @NotNull CustomFieldChange change) {
        CustomFieldDefinition field = fields.revise(name, EntityTags.ifMatch(ifMatch), change.toSpec());
        return Response.ok(CustomFieldView.of(field)).tag(EntityTags.of(field.version())).build();
    }
}
