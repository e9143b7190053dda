package dev.tradebook.customer.api;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import dev.tradebook.customer.domain.Memo;
import dev.tradebook.customer.domain.Memos;
import dev.tradebook.customer.reference.api.PageView;
import dev.tradebook.platform.runtime.api.IfMatch;
import dev.tradebook.platform.runtime.api.ProblemResponses;
import dev.tradebook.platform.runtime.idempotency.Idempotent;
import dev.tradebook.platform.runtime.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Memos on a customer: tasks and scheduled events, OPEN until DONE or CANCELLED. Written by sales, sales-admin
 * and accounts (who follow up payments); changes need the memo's ETag in If-Match.
 */
@Path("/api/v1/customers/{code}/memos")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemoResource {

    private final Memos memos;
    private final RequestValidation validation;
    private final SecurityIdentity identity;

    public MemoResource(Memos memos, RequestValidation validation, SecurityIdentity identity) {
        this.memos = memos;
        this.validation = validation;
        this.identity = identity;
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS})
    @Operation(summary = "Assign a task or schedule an event on a customer", description = "It starts OPEN.")
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, description = "replays the first response to a retry")
    public Response add(@PathParam("code") String code, MemoRequest request) {
        Memo memo = memos.add(code, validation.valid(request).toDetails(), user());
        return Response.created(URI.create("/api/v1/customers/" + code + "/memos/" + memo.id()))
                .tag(IfMatch.etag(memo.version())).entity(MemoView.of(memo)).build();
    }

    @GET
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER})
    @Operation(summary = "The memos of a customer, soonest due first", description = "status and assignee narrow it.")
    public PageView<MemoView> list(@PathParam("code") String code, @Valid @BeanParam MemoSearchParams params) {
        return PageView.of(memos.of(code, params.status(), params.assignee(), params.page(), params.size()),
                MemoView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER})
    public Response get(@PathParam("code") String code, @PathParam("id") long id) {
        return tagged(memos.get(code, id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS})
    @Operation(summary = "Replace an open memo", description = "A DONE or CANCELLED memo is 422.")
    public Response revise(@PathParam("code") String code, @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, MemoRequest request) {
        return tagged(memos.revise(code, id, IfMatch.required(ifMatch), validation.valid(request).toDetails(), user()));
    }

    @POST
    @Path("/{id}/done")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS})
    @Operation(summary = "Mark an open memo done: OPEN → DONE")
    @APIResponse(responseCode = "422", description = "the memo is not OPEN",
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON_TYPE,
                    schema = @Schema(ref = ProblemResponses.PROBLEM_SCHEMA)))
    public Response done(@PathParam("code") String code, @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return tagged(memos.complete(code, id, IfMatch.required(ifMatch), user()));
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS})
    @Operation(summary = "Cancel an open memo: OPEN → CANCELLED")
    @APIResponse(responseCode = "422", description = "the memo is not OPEN",
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON_TYPE,
                    schema = @Schema(ref = ProblemResponses.PROBLEM_SCHEMA)))
    public Response cancel(@PathParam("code") String code, @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return tagged(memos.cancel(code, id, IfMatch.required(ifMatch), user()));
    }

    private static Response tagged(Memo memo) {
        return Response.ok(MemoView.of(memo)).tag(IfMatch.etag(memo.version())).build();
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
