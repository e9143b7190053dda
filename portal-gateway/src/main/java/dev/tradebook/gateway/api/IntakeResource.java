package dev.tradebook.gateway.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tradebook.gateway.domain.OrderIntake;
import dev.tradebook.platform.runtime.security.Roles;

@Path("/integrations/v1/orders")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.INTEGRATOR)
@Tag(name = "integrations: e-commerce orders")
public class IntakeResource {

    static final String EXAMPLE_BATCH = """
            {"orders": [
              {"channel": "web-shop", "externalOrderId": "1001", "customer": "C000042", "currency": "INR",
               "lines": [{"sku": "BOLT-M8", "description": "Hex bolt M8", "quantity": "100", "unitPrice": "4.50",
                          "taxRate": "18"}]},
              {"channel": "web-shop", "externalOrderId": "1002", "currency": "INR",
               "buyer": {"name": "Asha Mehta", "email": "asha@example.com", "phone": "+91 98200 00000",
                         "address": {"line1": "4 Hill Road", "pinCode": "400050"}},
               "lines": [{"sku": "NUT-M8", "quantity": "50", "unitPrice": "1.20"}]},
              {"channel": "trade-hub", "channelType": "TRADE_PORTAL", "externalOrderId": "PO-77", "currency": "INR",
               "buyer": {"id": "acct-9912", "name": "Rao Hardware", "email": "buying@rao.example"},
               "lines": [{"sku": "WASHER-8", "quantity": "1000", "unitPrice": "0.30"}]}]}""";

    static final String EXAMPLE_RESULTS = """
            {"results": [
              {"channel": "web-shop", "externalOrderId": "1001", "outcome": "CREATED", "orderNumber": "SO000311",
               "customer": "C000042", "problem": null},
              {"channel": "web-shop", "externalOrderId": "1002", "outcome": "DUPLICATE", "orderNumber": "SO000298",
               "customer": "C000118", "problem": null},
              {"channel": "trade-hub", "externalOrderId": "PO-77", "outcome": "REFUSED", "orderNumber": null,
               "customer": "C000120", "problem": {"type": "https://tradebook.dev/problems/customer-on-hold",
               "title": "Customer on hold", "status": 422, "detail": "Customer C000120 is on hold",
               "holdReasons": ["MANUAL"]}}]}""";

    private final OrderIntake intake;
    private final ObjectMapper json;

    public IntakeResource(OrderIntake intake, ObjectMapper json) {
        this.intake = intake;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Push e-commerce orders: one, or a batch of up to 500", description = "Each order is taken"
            + " on its own, all or nothing, exactly once per channel + externalOrderId: pushing it again answers its"
            + " first result (CREATED becomes DUPLICATE with the same orderNumber and customer; REFUSED stays"
            + " REFUSED). An order names an existing customer, or a buyer: the customer imported from that buyer of"
            + " that channel (buyer.id, else buyer.email) is found, or registered with source B2C_CART (channelType"
            + " SHOP, the default) or B2B_PORTAL (TRADE_PORTAL) and its e-commerce facts, in the cart's currency;"
            + " the order is placed once transaction-service knows the new customer. REFUSED carries the service's"
            + " problem+json unchanged (credit-limit-exceeded, customer-on-hold, a currency other than the"
            + " customer's, validation...). A REFUSED whose problem status is 5xx (customer-not-yet-known,"
            + " intake-unavailable), 401, 403, 408 or 429 is not final: nothing is kept, push the order again.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OrderBatch.class),
            examples = @ExampleObject(name = "batch", value = EXAMPLE_BATCH)))
    @APIResponse(responseCode = "200", description = "one result per order, in order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OrderResults.class),
                    examples = @ExampleObject(name = "results", value = EXAMPLE_RESULTS)))
    @APIResponse(responseCode = "400", description = "nothing taken: more than 500 orders, an order twice in the"
            + " batch (orders[i].externalOrderId), neither or both of customer and buyer, or a field missing or"
            + " malformed, each named in violations")
    @APIResponse(responseCode = "401", description = "no or a bad token")
    @APIResponse(responseCode = "403", description = "the token lacks the role integrator")
    public OrderResults push(@Valid @NotNull OrderBatch batch) {
        batch.checkConsistent();
        return new OrderResults(batch.orders().stream().map(order -> intake.take(order.toIncoming(json))).toList());
    }
}
