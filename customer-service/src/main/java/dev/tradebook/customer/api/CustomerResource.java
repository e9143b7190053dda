package dev.tradebook.customer.api;

import java.net.URI;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.tradebook.customer.domain.ContactBook;
import dev.tradebook.customer.domain.Customer;
import dev.tradebook.customer.domain.CustomerService;
import dev.tradebook.customer.domain.VersionMismatch;
import dev.tradebook.platform.runtime.api.PageParams;
import dev.tradebook.customer.reference.api.PageView;
import dev.tradebook.customer.reference.domain.ResultPage;
import dev.tradebook.platform.runtime.api.ProblemResponses;
import dev.tradebook.platform.runtime.idempotency.Idempotent;
import dev.tradebook.platform.runtime.problem.BusinessRuleViolation;
import dev.tradebook.platform.runtime.problem.InvalidRequest;
import dev.tradebook.platform.runtime.problem.Violation;
import dev.tradebook.platform.runtime.security.CallerCustomer;
import dev.tradebook.platform.runtime.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/customers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomerResource {

    static final String MERGE_PATCH = "application/merge-patch+json";

    private final CustomerService customers;
    private final RequestValidation validation;
    private final ObjectMapper json;
    private final SecurityIdentity identity;
    private final ContactBook contacts;
    private final CallerCustomer caller;

    public CustomerResource(CustomerService customers, RequestValidation validation, ObjectMapper json,
            SecurityIdentity identity, ContactBook contacts, CallerCustomer caller) {
        this.customers = customers;
        this.caller = caller;
        this.contacts = contacts;
        this.validation = validation;
        this.json = json;
        this.identity = identity;
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.INTEGRATOR})
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, description = "replays the first response to a retry")
    public Response create(CustomerRequest request) {
        Customer customer = customers.register(validation.valid(request).toNewCustomer(), user());
        return Response.created(URI.create("/api/v1/customers/" + customer.code()))
                .tag(CustomerVersions.etag(customer))
                .entity(CustomerView.of(customer))
                .build();
    }

    /** The search box of the customer master: q matches any searchable column partially, any case. */
    @GET
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER, Roles.INTEGRATOR})
    @Operation(summary = "Search customers",
            description = "q, type, status, corporate and salesRegion narrow the list; paged and sorted (ties by code). "
                    + "importedFromCart with cartMapping finds the customer of an e-commerce buyer. "
                    + "A q shaped like a code (letters, then six or more digits) or a GSTIN that is a customer's whole "
                    + "code or GSTIN lists that customer first, then the other matches. "
                    + "Matches are counted up to 10,000 (customer.search.count-limit): above that total is 10000 and "
                    + "totalExact false, so that a search for a short, common term stays fast.")
    public PageView<CustomerView> search(@Valid @BeanParam CustomerSearchParams params) {
        ResultPage<Customer> page = customers.search(params.filter(), params.sortField(), params.ascending(),
                params.page(), params.size());
        return PageView.of(page, CustomerView::of);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER, Roles.CUSTOMER})
    public Response get(@PathParam("code") String code) {
        caller.mayAccess(code);
        Customer customer = customers.get(code);
        return tagged(customer);
    }

    /** Replaces every writable field; {@code If-Match} must carry the ETag of the version replaced. */
    @PUT
    @Path("/{code}")
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES})
    public Response replace(@PathParam("code") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, CustomerRequest request) {
        String version = CustomerVersions.fromIfMatch(ifMatch);
        Customer customer = customers.revise(code, version, validation.valid(request).toRevision(), user());
        return tagged(customer);
    }

    /**
     * JSON merge patch (RFC 7396) of the writable customer: absent = unchanged, null = cleared, objects
     * merge; the result is validated exactly like a {@code PUT} body.
     */
    @PATCH
    @Path("/{code}")
    @Consumes(MERGE_PATCH)
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES})
    public Response patch(@PathParam("code") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(description = "members to change; null clears one, absent ones stay as they are",
                    content = @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = CustomerRequest.class)))
            String body) throws JsonProcessingException {
        String version = CustomerVersions.fromIfMatch(ifMatch);
        JsonNode patch = json.readTree(body == null ? "" : body);
        if (patch == null || !patch.isObject()) {
            throw new InvalidRequest("malformed-request", "A merge patch of a customer must be a JSON object",
                    List.of());
        }
        List<Violation> cleared = Stream.of("code", "currency")
                .filter(field -> patch.has(field) && patch.get(field).isNull())
                .map(field -> new Violation(field, "cannot be cleared: it is fixed at creation"))
                .toList();
        if (!cleared.isEmpty()) {
            throw new BusinessRuleViolation("fixed-field", "Code and currency of a customer cannot change", cleared);
        }
        Customer current = customers.get(code);
        if (!Long.toString(current.version()).equals(version)) {
            throw new VersionMismatch(code, version, current.version());
        }
        JsonNode merged = mergePatch(json.valueToTree(CustomerRequest.of(current)), patch);
        CustomerRequest request = json.treeToValue(merged, CustomerRequest.class);
        Customer customer = customers.revise(code, version, validation.valid(request).toRevision(), user());
        return tagged(customer);
    }

    /** Soft delete: the customer is no longer served, but its code stays taken and its history kept. */
    @DELETE
    @Path("/{code}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.SALES_ADMIN)
    @Operation(summary = "Delete a customer that never had a transaction")
    @APIResponse(responseCode = "409", description = "the customer has transactions: deactivate it instead",
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON_TYPE,
                    schema = @Schema(ref = ProblemResponses.PROBLEM_SCHEMA)))
    public Response delete(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        customers.delete(code, CustomerVersions.fromIfMatch(ifMatch), user());
        return Response.noContent().build();
    }

    /**
     * Stops the customer taking new documents; its existing documents and history stay. The action takes
     * no body, so any or no content type is accepted.
     */
    @POST
    @Path("/{code}/deactivate")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES})
    @Operation(summary = "Deactivate a customer: no new documents for it until it is activated again")
    @APIResponse(responseCode = "409", description = "the customer is already inactive",
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON_TYPE,
                    schema = @Schema(ref = ProblemResponses.PROBLEM_SCHEMA)))
    public Response deactivate(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Customer customer = customers.deactivate(code, CustomerVersions.fromIfMatch(ifMatch), user());
        return tagged(customer);
    }

    @POST
    @Path("/{code}/activate")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES})
    @Operation(summary = "Activate an inactive customer: it takes new documents again")
    @APIResponse(responseCode = "409", description = "the customer is already active",
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON_TYPE,
                    schema = @Schema(ref = ProblemResponses.PROBLEM_SCHEMA)))
    public Response activate(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Customer customer = customers.activate(code, CustomerVersions.fromIfMatch(ifMatch), user());
        return tagged(customer);
    }

    /** Takes the customer over (the caller names themself) or hands it to someone else. */
    @PUT
    @Path("/{code}/owner")
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES})
    @Operation(summary = "Take or transfer the ownership of a customer")
    public Response transfer(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            OwnerRequest request) {
        String version = CustomerVersions.fromIfMatch(ifMatch);
        Customer customer = customers.transfer(code, version, RequestValidation.present(request).validOwner(), user());
        return tagged(customer);
    }

    /** Manual hold: no new documents for the customer until it is released. */
    @PUT
    @Path("/{code}/hold")
    @RolesAllowed(Roles.ACCOUNTS)
    @Operation(summary = "Put a customer on manual hold, or replace the reason of its manual hold")
    public Response placeOnHold(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            HoldRequest request) {
        String version = CustomerVersions.fromIfMatch(ifMatch);
        Customer customer = customers.placeOnHold(code, version, RequestValidation.present(request).validReason(),
                user());
        return tagged(customer);
    }

    /** Releases the manual hold only; automatic holds end with the ledger's events. */
    @DELETE
    @Path("/{code}/hold")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ACCOUNTS)
    @Operation(summary = "Release the manual hold of a customer")
    @APIResponse(responseCode = "409", description = "the customer is not on manual hold",
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON_TYPE,
                    schema = @Schema(ref = ProblemResponses.PROBLEM_SCHEMA)))
    public Response releaseHold(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Customer customer = customers.releaseHold(code, CustomerVersions.fromIfMatch(ifMatch), user());
        return tagged(customer);
    }

    /** Which contacts' e-mail gets the customer's sales orders and invoices; null = the customer's e-mail. */
    @PUT
    @Path("/{code}/email-contacts")
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES})
    @Operation(summary = "Choose the contacts that receive sales orders and invoices by e-mail")
    @APIResponse(responseCode = "422", description = "an id is not one of the customer's contacts",
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON_TYPE,
                    schema = @Schema(ref = ProblemResponses.PROBLEM_SCHEMA)))
    public Response chooseEmailContacts(@PathParam("code") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, EmailContactsRequest request) {
        String version = CustomerVersions.fromIfMatch(ifMatch);
        EmailContactsRequest options = validation.valid(request);
        Customer customer = contacts.chooseEmailContacts(code, version, options.orderEmailContact(),
                options.invoiceEmailContact(), user());
        return tagged(customer);
    }

    /** Every change of the customer, newest first; still readable after the customer was deleted. */
    @GET
    @Path("/{code}/history")
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER})
    @Operation(summary = "History of a customer: who changed what, when, with the values before and after")
    public PageView<HistoryEntryView> history(@PathParam("code") String code, @Valid @BeanParam PageParams paging) {
        return PageView.of(customers.history(code, paging.page(), paging.size()), HistoryEntryView::of);
    }

    /** RFC 7396: an object patch merges member by member, null removes, anything else replaces. */
    static JsonNode mergePatch(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> member = it.next();
            if (member.getValue().isNull()) {
                result.remove(member.getKey());
            } else {
                result.set(member.getKey(), mergePatch(result.get(member.getKey()), member.getValue()));
            }
        }
        return result;
    }

    /** The signed-in user as the token names them (preferred_username), as owners and holds record them. */
    /** The customer as it now stands, with the ETag the next write must send. */
    private static Response tagged(Customer customer) {
        return Response.ok(CustomerView.of(customer)).tag(CustomerVersions.etag(customer)).build();
    }

    private String user() {
        return identity.getPrincipal().getName();
    }

}
