package dev.tradebook.customer.reference.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.tradebook.customer.reference.domain.Geography;
import dev.tradebook.platform.runtime.api.PageParams;
import dev.tradebook.platform.runtime.security.Roles;

/** Countries and states are seeded by migrations (ISO codes, GST state codes) and read-only here. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER})
@Tag(name = "Cities, states, countries")
public class GeographyResource {

    private final Geography geography;

    public GeographyResource(Geography geography) {
        this.geography = geography;
    }

    @GET
    @Path("/countries")
    @Operation(summary = "List countries", description = "ISO 3166-1 alpha-2 codes, sorted by code. Read-only.")
    @APIResponse(responseCode = "200", description = "one page of countries")
    public PageView<CountryView> countries(@Valid @BeanParam PageParams params) {
        return PageView.of(geography.countries(params.page(), params.size()), CountryView::of);
    }

    @GET
    @Path("/states")
    @Operation(summary = "List states", description = "ISO 3166-2 codes with the GST state code (India only), sorted by"
            + " code. Read-only.")
    @APIResponse(responseCode = "200", description = "one page of states")
    public PageView<StateView> states(
            @QueryParam("country") @Parameter(description = "only this country's states, e.g. IN")
            @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 country code") String country,
            @Valid @BeanParam PageParams params) {
        return PageView.of(geography.states(country, params.page(), params.size()), StateView::of);
    }
}
