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

import dev.tradebook.customer.domain.AddressBook;
import dev.tradebook.customer.domain.Customer;
import dev.tradebook.customer.domain.PartAdded;
import dev.tradebook.customer.reference.api.PageView;
import dev.tradebook.platform.runtime.idempotency.Idempotent;
import dev.tradebook.platform.runtime.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The billing and shipping addresses of a customer, one default of each kind. Every write needs the
 * customer's ETag in If-Match and answers the customer's new one: an address is part of the customer.
 */
@Path("/api/v1/customers/{code}/addresses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AddressResource {

    private final AddressBook addresses;
    private final RequestValidation validation;
    private final SecurityIdentity identity;

    public AddressResource(AddressBook addresses, RequestValidation validation, SecurityIdentity identity) {
        this.addresses = addresses;
        this.validation = validation;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER})
    @Operation(summary = "The billing and shipping addresses of a customer, in the order added")
    public PageView<AddressView> list(@PathParam("code") String code) {
        List<AddressView> items = addresses.of(code).stream().map(AddressView::of).toList();
        return new PageView<>(items, 0, items.size(), items.size());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER})
    public AddressView get(@PathParam("code") String code, @PathParam("id") long id) {
        return AddressView.of(addresses.get(code, id));
    }

    /** The first address of a kind, or one sent with {@code "default": true}, becomes the default of its kind. */
    @POST
    @Idempotent
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES})
    @Operation(summary = "Add a billing or shipping address to a customer")
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, description = "replays the first response to a retry")
    public Response add(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            AddressRequest request) {
        String version = CustomerVersions.fromIfMatch(ifMatch);
        PartAdded added = addresses.add(code, version, validation.valid(request).toDetails(), user());
        return Response.created(URI.create("/api/v1/customers/" + code + "/addresses/" + added.id()))
                .tag(CustomerVersions.etag(added.customer()))
                .entity(AddressView.of(addresses.get(code, added.id())))
                .build();
    }

    /** Turning the default of a kind off is refused (422): make another address the default instead. */
    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES})
    @Operation(summary = "Replace an address of a customer")
    public Response replace(@PathParam("code") String code, @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, AddressRequest request) {
        String version = CustomerVersions.fromIfMatch(ifMatch);
        Customer customer = addresses.revise(code, version, id, validation.valid(request).toDetails(), user());
        return Response.ok(AddressView.of(addresses.get(code, id))).tag(CustomerVersions.etag(customer)).build();
    }

    /** The earliest other address of the kind becomes its default when the default is removed. */
    @DELETE
    @Path("/{id}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES})
    @Operation(summary = "Remove an address from a customer")
    public Response remove(@PathParam("code") String code, @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Customer customer = addresses.remove(code, CustomerVersions.fromIfMatch(ifMatch), id, user());
        return Response.noContent().tag(CustomerVersions.etag(customer)).build();
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
