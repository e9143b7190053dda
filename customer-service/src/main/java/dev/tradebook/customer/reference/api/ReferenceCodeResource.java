package dev.tradebook.customer.reference.api;

import java.util.Arrays;
import java.util.List;

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

import dev.tradebook.customer.reference.domain.CodeType;
import dev.tradebook.platform.runtime.api.PageParams;
import dev.tradebook.platform.runtime.api.ProblemResponses;
import dev.tradebook.platform.runtime.idempotency.Idempotent;
import dev.tradebook.platform.runtime.security.Roles;

@Path("/api/v1/codes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER})
@Tag(name = "Reference codes", description = "The code lists a customer picks from: OD ownership detail, BT main business,"
        + " SR sales region, PY payment terms, MOD mode of dispatch, ST shipment terms, AT bank account type,"
        + " DAG debtor account group (also /api/v1/debtor-account-groups), SM salesman (also /api/v1/salesmen),"
        + " CL classification (also /api/v1/classifications)."
        + " Codes are never deleted; PUT with active=false deactivates one.")
public class ReferenceCodeResource {

    private final CodeListOperations codes;

    public ReferenceCodeResource(CodeListOperations codes) {
        this.codes = codes;
    }

    @GET
    @Operation(summary = "The code types", description = "Each type is a path segment: /api/v1/codes/{type}.")
    @APIResponse(responseCode = "200", description = "every code type")
    public List<CodeTypeView> types() {
        return Arrays.stream(CodeType.values()).map(CodeTypeView::of).toList();
    }

    @GET
    @Path("/{type}")
    @Operation(summary = "List the codes of a type", description = "Sorted by code, paged.")
    @APIResponse(responseCode = "200", description = "one page of codes")
    public PageView<ReferenceCodeView> list(@PathParam("type") @Parameter(example = "PY") String type,
            @QueryParam("active") @Parameter(description = ActiveFilter.DESCRIPTION)
            @Pattern(regexp = ActiveFilter.PATTERN, message = ActiveFilter.MESSAGE) String active,
            @Valid @BeanParam PageParams params) {
        return codes.list(CodeType.named(type), active, params);
    }

    @POST
    @Path("/{type}")
    @Idempotent
    @RolesAllowed(Roles.SALES_ADMIN)
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, description = "replays the first response to a retry")
    @Operation(summary = "Define a code", description = "netDays is required for payment terms (PY) and refused elsewhere.")
    @APIResponse(responseCode = "201", description = "defined; Location names it, ETag is its version",
            content = @Content(schema = @Schema(implementation = ReferenceCodeView.class)))
    @APIResponse(responseCode = "409", description = "the type already has this code",
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON_TYPE, schema = @Schema(ref = ProblemResponses.PROBLEM_SCHEMA)))
    public Response create(@PathParam("type") String type, @Valid @NotNull ReferenceCodeRequest request) {
        CodeType codeType = CodeType.named(type);
        return codes.create(codeType, "/api/v1/codes/" + codeType, request);
    }

    @GET
    @Path("/{type}/{code}")
    @Operation(summary = "Read a code", description = "The ETag is the version to send back in If-Match.")
    @APIResponse(responseCode = "200", description = "the code",
            content = @Content(schema = @Schema(implementation = ReferenceCodeView.class)))
    public Response get(@PathParam("type") String type, @PathParam("code") String code) {
        return codes.get(CodeType.named(type), code);
    }

    @PUT
    @Path("/{type}/{code}")
    @RolesAllowed(Roles.SALES_ADMIN)
    @Operation(summary = "Change a code", description = "Replaces description, active and netDays. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "changed; ETag is the new version",
            content = @Content(schema = @Schema(implementation = ReferenceCodeView.class)))
    public Response revise(@PathParam("type") String type, @PathParam("code") String code,
            @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = "the ETag of the version you read") String ifMatch,
            @Valid @NotNull ReferenceCodeChange change) {
        return codes.revise(CodeType.named(type), code, ifMatch, change);
    }
}
