package dev.tradebook.platform.runtime.api;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Paging of every list of every service ({@code ?page=0&size=50}, API.md). The numbers arrive as text:
 * JAX-RS would answer an unconvertible number with 404, where API.md wants a 400 that names the parameter.
 * One pattern per parameter holds the whole range, so that a bad value is one violation, not three.
 */
public class PageParams {

    @QueryParam("page")
    @DefaultValue("0")
    @Parameter(description = "page number, from 0")
    @Pattern(regexp = "[0-9]{1,9}", message = "must be a whole number, 0 or more")
    String page;

    @QueryParam("size")
    @DefaultValue("50")
    @Parameter(description = "rows per page, 1 to 500")
    @Pattern(regexp = "[1-9][0-9]?|[1-4][0-9]{2}|500", message = "must be a whole number from 1 to 500")
    String size;

    /** Only once validated. */
    public int page() {
        return Integer.parseInt(page);
    }

    /** Only once validated. */
    public int size() {
        return Integer.parseInt(size);
    }
}
