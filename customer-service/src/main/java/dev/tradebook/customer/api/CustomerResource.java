package dev.tradebook.customer.api;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;

import dev.tradebook.customer.domain.Customer;
import dev.tradebook.customer.domain.CustomerService;
import dev.tradebook.platform.runtime.idempotency.Idempotent;
import dev.tradebook.platform.runtime.security.Roles;

@Path("/api/v1/customers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomerResource {

    private final CustomerService customers;

    public CustomerResource(CustomerService customers) {
        this.customers = customers;
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES})
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, description = "replays the first response to a retry")
    public Response create(@Valid @NotNull CustomerRequest request) {
        Customer customer = customers.register(request.toNewCustomer());
        return Response.created(URI.create("/api/v1/customers/" + customer.code()))
                .tag(etag(customer))
                .entity(CustomerView.of(customer))
                .build();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER})
    public Response get(@PathParam("code") String code) {
        Customer customer = customers.get(code);
        return Response.ok(CustomerView.of(customer)).tag(etag(customer)).build();
    }

    private static EntityTag etag(Customer customer) {
        return new EntityTag(Long.toString(customer.version()));
    }
}
