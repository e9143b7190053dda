package dev.tradebook.customer.api;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import dev.tradebook.customer.domain.ContactBook;
import dev.tradebook.customer.domain.Customer;
import dev.tradebook.customer.domain.PartAdded;
import dev.tradebook.customer.reference.api.PageView;
import dev.tradebook.platform.runtime.idempotency.Idempotent;
import dev.tradebook.platform.runtime.security.CallerCustomer;
import dev.tradebook.platform.runtime.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The contacts of a customer one by one (the customer body carries them all as well). Every write needs
 * the customer's ETag in If-Match and answers the customer's new one: a contact is part of the customer.
 */
@Path("/api/v1/customers/{code}/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContactResource {

    private final ContactBook contacts;
    private final RequestValidation validation;
    private final SecurityIdentity identity;
    private final CallerCustomer caller;

    public ContactResource(ContactBook contacts, RequestValidation validation, SecurityIdentity identity,
            CallerCustomer caller) {
        this.contacts = contacts;
        this.caller = caller;
        this.validation = validation;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER, Roles.CUSTOMER})
    @Operation(summary = "The contacts of a customer, in their order")
    public PageView<CustomerView.Contact> list(@PathParam("code") String code) {
        caller.mayAccess(code);
        List<CustomerView.Contact> items = contacts.of(code).stream().map(CustomerView.Contact::of).toList();
        return new PageView<>(items, 0, items.size(), items.size());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER, Roles.CUSTOMER})
    public CustomerView.Contact get(@PathParam("code") String code, @PathParam("id") long id) {
        caller.mayAccess(code);
        return CustomerView.Contact.of(contacts.get(code, id));
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES})
    @Operation(summary = "Add a contact to a customer")
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, description = "replays the first response to a retry")
    public Response add(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            CustomerRequest.Contact request) {
        String version = CustomerVersions.fromIfMatch(ifMatch);
        PartAdded added = contacts.add(code, version, validation.valid(request).toContact(null), user());
        return Response.created(URI.create("/api/v1/customers/" + code + "/contacts/" + added.id()))
                .tag(CustomerVersions.etag(added.customer()))
                .entity(CustomerView.Contact.of(contacts.get(code, added.id())))
                .build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.CUSTOMER})
    @Operation(summary = "Replace a contact of a customer", description = "A portal user: its own customer's only")
    public Response replace(@PathParam("code") String code, @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, CustomerRequest.Contact request) {
        caller.mayAccess(code);
        String version = CustomerVersions.fromIfMatch(ifMatch);
        Customer customer = contacts.revise(code, version, id, validation.valid(request).toContact(id), user());
        return Response.ok(CustomerView.Contact.of(contacts.get(code, id))).tag(CustomerVersions.etag(customer))
                .build();
    }

    /** A contact chosen for sales orders or invoices is unchosen with it. */
    @DELETE
    @Path("/{id}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES})
    @Operation(summary = "Remove a contact from a customer")
    public Response remove(@PathParam("code") String code, @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Customer customer = contacts.remove(code, CustomerVersions.fromIfMatch(ifMatch), id, user());
        return Response.noContent().tag(CustomerVersions.etag(customer)).build();
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
