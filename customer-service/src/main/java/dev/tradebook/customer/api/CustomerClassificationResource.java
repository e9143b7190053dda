package dev.tradebook.customer.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import dev.tradebook.customer.domain.Customer;
import dev.tradebook.customer.domain.CustomerClassifications;
import dev.tradebook.customer.domain.CustomerService;
import dev.tradebook.platform.runtime.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

/** The classes a customer is in; the ETag is the customer's, as the set is one of its attributes. */
@Path("/api/v1/customers/{code}/classifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomerClassificationResource {

    private final CustomerClassifications classifications;
    private final CustomerService customers;
    private final RequestValidation validation;
    private final SecurityIdentity identity;

    public CustomerClassificationResource(CustomerClassifications classifications, CustomerService customers,
            RequestValidation validation, SecurityIdentity identity) {
        this.classifications = classifications;
        this.customers = customers;
        this.validation = validation;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER})
    @Operation(summary = "The classifications of a customer, by code")
    public Response get(@PathParam("code") String code) {
        Customer customer = customers.get(code);
        return answer(customer, new ClassificationsRequest(classifications.of(code)));
    }

    @PUT
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES})
    @Operation(summary = "Replace the classifications of a customer",
            description = "Every code must be an active classification (else 422 naming it); needs the customer's"
                    + " ETag in If-Match and answers its new one.")
    public Response replace(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            ClassificationsRequest request) {
        String version = CustomerVersions.fromIfMatch(ifMatch);
        Customer customer = classifications.replace(code, version, validation.valid(request).classifications(),
                identity.getPrincipal().getName());
        return answer(customer, new ClassificationsRequest(classifications.of(code)));
    }

    private static Response answer(Customer customer, ClassificationsRequest set) {
        return Response.ok(set).tag(CustomerVersions.etag(customer)).build();
    }
}
