package dev.tradebook.gateway.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

import dev.tradebook.gateway.security.CallerToken;

/** The customer list of customer-service: finding a cart's buyer and registering a new one. */
@RegisterRestClient(configKey = "customer-service")
@RegisterClientHeaders(CallerToken.class)
@Guarded
@RegisterProvider(ServiceRefusals.class)
@Path("/api/v1/customers")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
interface CustomerDirectoryApi {

    @GET
    JsonNode byCartBuyer(@QueryParam("importedFromCart") String cart, @QueryParam("cartMapping") String buyer);

    @POST
    Response register(@HeaderParam(TransactionServiceApi.IDEMPOTENCY_KEY) String idempotencyKey, JsonNode customer);
}
