package dev.tradebook.customer.api;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tradebook.customer.domain.Lead;
import dev.tradebook.customer.domain.LeadConversion;
import dev.tradebook.customer.domain.LeadKind;
import dev.tradebook.customer.domain.Leads;
import dev.tradebook.customer.reference.api.PageView;
import dev.tradebook.platform.runtime.api.IfMatch;
import dev.tradebook.platform.runtime.api.ProblemResponses;
import dev.tradebook.platform.runtime.idempotency.Idempotent;
import dev.tradebook.platform.runtime.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Leads and prospects share their endpoints: the same fields, lifecycle and conversion under two paths.
 * Sales and sales-admin work them; every staff role reads them. Writes need the ETag in If-Match.
 */
abstract class LeadOperations {

    private final Leads leads;
    private final LeadKind kind;
    private final RequestValidation validation;
    private final ObjectMapper json;
    private final SecurityIdentity identity;

    LeadOperations(Leads leads, LeadKind kind, RequestValidation validation, ObjectMapper json,
            SecurityIdentity identity) {
        this.leads = leads;
        this.kind = kind;
        this.validation = validation;
        this.json = json;
        this.identity = identity;
    }

    abstract String path();

    @POST
    @Idempotent
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES})
    @Operation(summary = "Record one", description = "OPEN, owned by the caller.")
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, description = "replays the first response to a retry")
    public Response create(LeadRequest request) {
        Lead lead = leads.open(kind, validation.valid(request).toDetails(), user());
        return Response.created(URI.create(path() + "/" + lead.id())).tag(IfMatch.etag(lead.version()))
                .entity(LeadView.of(lead)).build();
    }

    @GET
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER})
    @Operation(summary = "List them", description = "Newest first unless sorted; status and q narrow the list.")
    public PageView<LeadView> list(@BeanParam LeadSearchParams params) {
        // Checked here: the interceptor that checks @Valid parameters does not reach a method inherited like this one.
        validation.valid(params);
        return PageView.of(leads.search(kind, params.status(), params.text(), params.order(), params.page(),
                params.size()), LeadView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER})
    @Operation(summary = "Read one", description = "Converted ones stay readable, with the customer they became.")
    public Response get(@PathParam("id") long id) {
        return tagged(leads.get(kind, id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES})
    @Operation(summary = "Replace what is written on it", description = "Only while OPEN or QUALIFIED (else 422).")
    public Response revise(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            LeadRequest request) {
        return tagged(leads.revise(kind, id, IfMatch.required(ifMatch), validation.valid(request).toDetails()));
    }

    @POST
    @Path("/{id}/qualify")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES})
    @Operation(summary = "Qualify it: OPEN → QUALIFIED")
    @APIResponse(responseCode = "422", description = "it is not OPEN",
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON_TYPE,
                    schema = @Schema(ref = ProblemResponses.PROBLEM_SCHEMA)))
    public Response qualify(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return tagged(leads.qualify(kind, id, IfMatch.required(ifMatch)));
    }

    @POST
    @Path("/{id}/lose")
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES})
    @Operation(summary = "Mark it lost, with the reason: OPEN or QUALIFIED → LOST")
    @APIResponse(responseCode = "422", description = "it is converted or lost already",
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON_TYPE,
                    schema = @Schema(ref = ProblemResponses.PROBLEM_SCHEMA)))
    public Response lose(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            LoseRequest request) {
        return tagged(leads.lose(kind, id, IfMatch.required(ifMatch), validation.valid(request).reason()));
    }

    /**
     * Creates the customer through the rules of {@code POST /api/v1/customers}; no If-Match, since converting
     * twice is refused anyway (409) and a refused customer leaves the lead as it was.
     */
    @POST
    @Path("/{id}/convert")
    @Idempotent
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES})
    @Operation(summary = "Convert it into a customer",
            description = "The customer gets the company (else the name) as its name, the address, contacts, e-mail,"
                    + " website and salesman, type CUSTOMER and source LEAD or PROSPECT; the body (optional) adds or"
                    + " overrides customer fields as a merge patch, e.g. {\"code\", \"type\", \"currency\","
                    + " \"debtorAccountGroups\"}. Answers the new customer (201); it becomes CONVERTED.")
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, description = "replays the first response to a retry")
    @APIResponse(responseCode = "409", description = "it was converted already",
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON_TYPE,
                    schema = @Schema(ref = ProblemResponses.PROBLEM_SCHEMA)))
    public Response convert(@PathParam("id") long id,
            @RequestBody(description = "customer fields to add or override",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CustomerRequest.class)))
            String overrides) throws JsonProcessingException {
        // A converted lead is a 409 whatever the body says; the conversion checks again under a lock.
        Lead lead = leads.convertible(kind, id);
        CustomerRequest customer = validation.valid(LeadConversionBody.of(lead, overrides, json));
        LeadConversion conversion = leads.convert(kind, id, customer.toNewCustomer(), user());
        return Response.created(URI.create("/api/v1/customers/" + conversion.customer().code()))
                .tag(CustomerVersions.etag(conversion.customer()))
                .entity(CustomerView.of(conversion.customer()))
                .build();
    }

    private static Response tagged(Lead lead) {
        return Response.ok(LeadView.of(lead)).tag(IfMatch.etag(lead.version())).build();
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
