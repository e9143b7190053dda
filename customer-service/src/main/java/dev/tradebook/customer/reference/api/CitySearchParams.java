package dev.tradebook.customer.reference.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import dev.tradebook.customer.reference.domain.CityFilter;

/** The filters of {@code GET /api/v1/cities}, beside paging and active. */
public class CitySearchParams {

    @QueryParam("q")
    @Parameter(description = "part of the code or name, any case; % and _ are taken literally")
    @Size(max = 60)
    String q;

    @QueryParam("state")
    @Parameter(description = "only cities of this state, e.g. IN-MH")
    @Pattern(regexp = "[A-Z0-9-]{1,10}", message = "must be a state code such as IN-MH")
    String state;

    CityFilter filter(Boolean active) {
        return new CityFilter(q == null || q.isBlank() ? null : q.strip(), state, active);
    }
}
