package dev.tradebook.customer.reference.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.tradebook.customer.reference.domain.Company;
import dev.tradebook.customer.reference.domain.CompanyProfile;
import dev.tradebook.platform.runtime.api.ProblemResponses;
import dev.tradebook.platform.runtime.security.Roles;

@Path("/api/v1/settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER})
@Tag(name = "Settings", description = "The company this deployment serves, as the customer master uses it.")
public class SettingsResource {

    private final CompanyProfile company;

    public SettingsResource(CompanyProfile company) {
        this.company = company;
    }

    @GET
    @Operation(summary = "Read the settings", description = "The ETag is the version to send back in If-Match.")
    @APIResponse(responseCode = "200", description = "the settings",
            content = @Content(schema = @Schema(implementation = SettingsView.class)))
    public Response get() {
        Company current = company.current();
        return Response.ok(SettingsView.of(current)).tag(EntityTags.of(current.version())).build();
    }

    @PUT
    @RolesAllowed(Roles.SALES_ADMIN)
    @Operation(summary = "Change the settings", description = "Replaces every setting. Requires If-Match. The base"
            + " currency and code prefix apply to customers created afterwards; existing customers keep theirs.")
    @APIResponse(responseCode = "200", description = "changed; ETag is the new version",
            content = @Content(schema = @Schema(implementation = SettingsView.class)))
    @APIResponse(responseCode = "422", description = "the city is unknown or deactivated, or the GSTIN belongs to"
            + " another state than the city's",
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON_TYPE, schema = @Schema(ref = ProblemResponses.PROBLEM_SCHEMA)))
    public Response revise(
            @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = "the ETag of the version you read") String ifMatch,
            @Valid @NotNull SettingsRequest request) {
        Company revised = company.revise(request.toDetails(), EntityTags.ifMatch(ifMatch));
        return Response.ok(SettingsView.of(revised)).tag(EntityTags.of(revised.version())).build();
    }
}
