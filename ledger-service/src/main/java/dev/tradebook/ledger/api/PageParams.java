package dev.tradebook.ledger.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * {@code ?page=0&size=50} of every list. A bean rather than loose parameters, so that a refusal names the query
 * parameter ({@code size}) instead of the Java method. Page and size arrive as text: JAX-RS answers a query
 * parameter it cannot convert to a number with 404, where API.md wants a 400 that names it.
 */
public class PageParams {

    private static final String WHOLE_NUMBER = "-?[0-9]{1,10}";

    @QueryParam("page")
    @DefaultValue("0")
    @Pattern(regexp = WHOLE_NUMBER, message = "must be a whole number")
    @Min(0)
    @Max(Integer.MAX_VALUE)
    String page;

    @QueryParam("size")
    @DefaultValue("50")
    @Pattern(regexp = WHOLE_NUMBER, message = "must be a whole number")
    @Min(1)
    @Max(500)
    String size;

    /** Only once validated. */
    int page() {
        return Integer.parseInt(page);
    }

    /** Only once validated. */
    int size() {
        return Integer.parseInt(size);
    }
}
