package dev.tradebook.customer.reference.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import dev.tradebook.customer.reference.domain.CodeType;
import dev.tradebook.platform.runtime.api.PageParams;
import dev.tradebook.platform.runtime.api.ProblemResponses;
import dev.tradebook.platform.runtime.idempotency.Idempotent;
import dev.tradebook.platform.runtime.security.Roles;

/**
 * A code list with a path of its own, the same list as {@code /api/v1/codes/{type}}: read by every staff
 * role, changed by sales-admin only.
 */
abstract class FixedCodeListResource {

    private final CodeListOperations codes;
    private final CodeType type;
    private final String path;

    FixedCodeListResource(CodeListOperations codes, CodeType type, String path) {
        this.codes = codes;
        this.type = type;
        this.path = path;
    }

    @GET
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER})
    @Operation(summary = "List the entries", description = "Sorted by code, paged.")
    public PageView<ReferenceCodeView> list(
            @QueryParam("active") @Parameter(description = ActiveFilter.DESCRIPTION)
            @Pattern(regexp = ActiveFilter.PATTERN, message = ActiveFilter.MESSAGE) String active,
            @Valid @BeanParam PageParams params) {
        return codes.list(type, active, params);
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.SALES_ADMIN)
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, description = "replays the first response to a retry")
    @Operation(summary = "Add an entry")
    @APIResponse(responseCode = "409", description = "the code is taken",
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON_TYPE, schema = @Schema(ref = ProblemResponses.PROBLEM_SCHEMA)))
    public Response create(@Valid @NotNull ReferenceCodeRequest request) {
        return codes.create(type, path, request);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER})
    @Operation(summary = "Read an entry", description = "The ETag is the version to send back in If-Match.")
    public Response get(@PathParam("code") String code) {
        return codes.get(type, code);
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.SALES_ADMIN)
    @Operation(summary = "Change an entry", description = "Replaces description and active. Requires If-Match.")
    public Response revise(@PathParam("code") String code,
            @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = "the ETag of the version you read") String ifMatch,
            @Valid @NotNull ReferenceCodeChange change) {
        return codes.revise(type, code, ifMatch, change);
    }
}
