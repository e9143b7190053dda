package dev.tradebook.ledger.api;

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

import dev.tradebook.ledger.domain.CreditControl;
import dev.tradebook.ledger.domain.LedgerSettings;
import dev.tradebook.ledger.domain.LedgerSettingsService;
import dev.tradebook.platform.runtime.security.Roles;

@Path("/api/v1/credit-control")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CreditControlResource {

    private final LedgerSettingsService settings;
    private final CreditControl creditControl;

    public CreditControlResource(LedgerSettingsService settings, CreditControl creditControl) {
        this.settings = settings;
        this.creditControl = creditControl;
    }

    @GET
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER})
    public Response get() {
        LedgerSettings current = settings.current();
        return Response.ok(CreditControlView.of(current.creditControl())).tag(SettingsResource.etag(current)).build();
    }

    /**
     * Changes the policy, then applies it to every customer at once (holds and releases are published before
     * the answer), rather than waiting for the next posting or the daily run.
     */
    @PUT
    @RolesAllowed(Roles.ACCOUNTS)
    public Response change(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull CreditControlView request) {
        LedgerSettings changed = settings.change(SettingsResource.version(ifMatch), request.policy());
        creditControl.evaluateEveryone();
        return Response.ok(CreditControlView.of(changed.creditControl())).tag(SettingsResource.etag(changed)).build();
    }
}
