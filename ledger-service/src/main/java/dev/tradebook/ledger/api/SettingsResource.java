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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.tradebook.ledger.domain.LedgerSettings;
import dev.tradebook.ledger.domain.LedgerSettingsService;
import dev.tradebook.platform.runtime.api.IfMatch;
import dev.tradebook.platform.runtime.security.Roles;
import dev.tradebook.platform.runtime.version.ExpectedVersions;

@Path("/api/v1/settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SettingsResource {

    private final LedgerSettingsService settings;

    public SettingsResource(LedgerSettingsService settings) {
        this.settings = settings;
    }

    @GET
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER})
    public Response get() {
        LedgerSettings current = settings.current();
        return Response.ok(SettingsView.of(current)).tag(etag(current)).build();
    }

    /** {@code If-Match}, when sent, must carry the ETag of the settings read (412 otherwise). */
    @PUT
    @RolesAllowed(Roles.ACCOUNTS)
    public Response change(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull SettingsView request) {
        LedgerSettings changed = settings.change(version(ifMatch), request.autoAllocatePayments());
        return Response.ok(SettingsView.of(changed)).tag(etag(changed)).build();
    }

    static EntityTag etag(LedgerSettings settings) {
        return IfMatch.etag(settings.version());
    }

    /** Null (any version) without If-Match or with {@code *}; several tags, or none of ours, match no version. */
    static Integer version(String ifMatch) {
        ExpectedVersions expected = IfMatch.optional(ifMatch);
        if (expected.anyVersion()) {
            return null;
        }
        return expected.versions().size() == 1 ? Math.toIntExact(expected.versions().iterator().next()) : -1;
    }
}
