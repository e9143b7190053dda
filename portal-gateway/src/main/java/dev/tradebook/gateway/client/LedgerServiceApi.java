package dev.tradebook.gateway.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

import dev.tradebook.gateway.security.CallerToken;

@RegisterRestClient(configKey = "ledger-service")
@RegisterClientHeaders(CallerToken.class)
@Guarded
@RegisterProvider(ServiceRefusals.class)
@Path("/api/v1/customers/{code}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
interface LedgerServiceApi {

    @GET
    @Path("/account")
    JsonNode account(@PathParam("code") String code);

    @GET
    @Path("/statement")
    JsonNode statement(@PathParam("code") String code, @QueryParam("from") String from, @QueryParam("to") String to);
}
