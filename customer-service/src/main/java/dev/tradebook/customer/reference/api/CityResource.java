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

import dev.tradebook.customer.reference.domain.Cities;
import dev.tradebook.customer.reference.domain.City;
import dev.tradebook.platform.runtime.api.PageParams;
import dev.tradebook.platform.runtime.api.ProblemResponses;
import dev.tradebook.platform.runtime.idempotency.Idempotent;
import dev.tradebook.platform.runtime.security.Roles;

@Path("/api/v1/cities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER})
@Tag(name = "Cities, states, countries", description = "The city master: an address names its city, and state, GST"
        + " state code and country follow from it. Cities are never deleted; PUT with active=false deactivates one.")
public class CityResource {

    private final Cities cities;

    public CityResource(Cities cities) {
        this.cities = cities;
    }

    @GET
    @Operation(summary = "Search cities", description = "Sorted by code, paged; q, state and active narrow the list.")
    @APIResponse(responseCode = "200", description = "one page of cities")
    public PageView<CityView> search(@Valid @BeanParam CitySearchParams search,
            @QueryParam("active") @Parameter(description = ActiveFilter.DESCRIPTION)
            @Pattern(regexp = ActiveFilter.PATTERN, message = ActiveFilter.MESSAGE) String active,
            @Valid @BeanParam PageParams params) {
        return PageView.of(cities.search(search.filter(ActiveFilter.of(active)), params.page(), params.size()),
                CityView::of);
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.SALES_ADMIN)
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, description = "replays the first response to a retry")
    @Operation(summary = "Register a city")
    @APIResponse(responseCode = "201", description = "registered; Location names it, ETag is its version",
            content = @Content(schema = @Schema(implementation = CityView.class)))
    @APIResponse(responseCode = "409", description = "the code is taken",
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON_TYPE, schema = @Schema(ref = ProblemResponses.PROBLEM_SCHEMA)))
    @APIResponse(responseCode = "422", description = "state names no known state",
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON_TYPE, schema = @Schema(ref = ProblemResponses.PROBLEM_SCHEMA)))
    public Response create(@Valid @NotNull CityRequest request) {
        City city = cities.register(request.code(), request.name(), request.state(), request.activeOrDefault());
        return Response.created(URI.create("/api/v1/cities/" + city.code()))
                .tag(EntityTags.of(city.version()))
                .entity(CityView.of(city))
                .build();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Read a city", description = "The ETag is the version to send back in If-Match.")
    @APIResponse(responseCode = "200", description = "the city with its state and country",
            content = @Content(schema = @Schema(implementation = CityView.class)))
    public Response get(@PathParam("code") String code) {
        City city = cities.get(code);
        return Response.ok(CityView.of(city)).tag(EntityTags.of(city.version())).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.SALES_ADMIN)
    @Operation(summary = "Change a city", description = "Replaces name, state and active. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "changed; ETag is the new version",
            content = @Content(schema = @Schema(implementation = CityView.class)))
    @APIResponse(responseCode = "422", description = "state names no known state",
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON_TYPE, schema = @Schema(ref = ProblemResponses.PROBLEM_SCHEMA)))
    public Response revise(@PathParam("code") String code,
            @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = "the ETag of the version you read") String ifMatch,
            @Valid @NotNull CityChange change) {
        City city = cities.revise(code, EntityTags.ifMatch(ifMatch), change.name(), change.state(), change.active());
        return Response.ok(CityView.of(city)).tag(EntityTags.of(city.version())).build();
    }
}
