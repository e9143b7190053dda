package dev.tradebook.gateway.client;

import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

import dev.tradebook.gateway.security.CallerToken;

@RegisterRestClient(configKey = "transaction-service")
@RegisterClientHeaders(CallerToken.class)
@Guarded
@RegisterProvider(ServiceRefusals.class)
@Path("/api/v1")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
interface TransactionServiceApi {

    String IDEMPOTENCY_KEY = "Idempotency-Key";

    @GET
    @Path("/customers/{code}/transactions")
    JsonNode transactions(@PathParam("code") String code, @QueryParam("kind") String kind,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/customers/{code}/credit")
    JsonNode credit(@PathParam("code") String code);

    @GET
    @Path("/invoices/{number}")
    JsonNode invoice(@PathParam("number") String number);

    @POST
    @Path("/payments")
    Response receivePayment(@HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey, JsonNode payment);

    /** The service takes actions as JSON posts; this one has nothing to say but {}. */
    @POST
    @Path("/quotes/{number}/accept")
    JsonNode acceptQuote(@PathParam("number") String number, Map<String, Object> nothing);

    @GET
    @Path("/sales-orders")
    JsonNode salesOrders(@QueryParam("customer") String customer, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @POST
    @Path("/sales-orders")
    Response placeSalesOrder(@HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey, JsonNode order);
}
