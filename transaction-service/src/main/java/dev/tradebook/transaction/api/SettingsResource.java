package dev.tradebook.transaction.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import dev.tradebook.platform.runtime.security.Roles;
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
    public SettingsView get() {
        return SettingsView.of(settings.current());
    }

    @PUT
    @RolesAllowed(Roles.SALES_ADMIN)
    @Operation(summary = "Change the hold policy", description = "What a customer on hold may still get: nothing,"
            + " PENDING sales orders, cash sales, or both.")
    public SettingsView revise(@Valid @NotNull SettingsRequest request) {
        return SettingsView.of(settings.revise(request.holdPolicy()));
    }
}
