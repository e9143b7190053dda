package dev.tradebook.gateway.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** A page of a portal list, and the optional customer filter that may only name the caller's own customer. */
public class PortalPaging {

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    public int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Min(1)
    @Max(500)
    public int size;

    @QueryParam("customer")
    @Parameter(description = "optional; any customer but the caller's own answers 404")
    public String customer;
}
