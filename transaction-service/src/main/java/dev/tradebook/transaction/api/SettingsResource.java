package dev.tradebook.transaction.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import dev.tradebook.platform.runtime.api.IfMatch;
import dev.tradebook.platform.runtime.security.Roles;
import dev.tradebook.transaction.domain.CompanySettings;
import dev.tradebook.transaction.domain.Settings;

@Path("/api/v1/settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SettingsResource {

    private final Settings settings;

    public SettingsResource(Settings settings) {
        this.settings = settings;
    }

    @GET
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER})
    @Operation(summary = "Read the hold policy", description = "The ETag is the version to send back in If-Match.")
    public Response get() {
        CompanySettings current = settings.current();
        return Response.ok(SettingsView.of(current)).tag(IfMatch.etag(current.version())).build();
    }

    @PUT
    @RolesAllowed(Roles.SALES_ADMIN)
    @Operation(summary = "Change the hold policy", description = "What a customer on hold may still get: nothing,"
            + " PENDING sales orders, cash sales, or both. Requires If-Match (428 without, 412 when stale).")
    public Response revise(
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "the ETag of the version you read")
            String ifMatch,
            @Valid @NotNull SettingsRequest request) {
        CompanySettings revised = settings.revise(request.holdPolicy(), IfMatch.required(ifMatch));
        return Response.ok(SettingsView.of(revised)).tag(IfMatch.etag(revised.version())).build();
    }
}
