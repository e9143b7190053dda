package dev.tradebook.gateway.client;

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

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

import dev.tradebook.gateway.security.CallerToken;

@RegisterRestClient(configKey = "customer-service")
@RegisterClientHeaders(CallerToken.class)
@Guarded
@RegisterProvider(ServiceRefusals.class)
@Path("/api/v1/customers/{code}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
interface CustomerServiceApi {

    /** The customer with its ETag, which a contact change needs in If-Match. */
    @GET
    Response customer(@PathParam("code") String code);

    @PUT
    @Path("/contacts/{id}")
    JsonNode replaceContact(@PathParam("code") String code, @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode contact);
}
