package dev.tradebook.gateway.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.tradebook.gateway.client.Customers;
import dev.tradebook.gateway.client.ServiceRefusal;
import dev.tradebook.gateway.security.PortalCustomer;
import dev.tradebook.platform.runtime.problem.InvalidRequest;
import dev.tradebook.platform.runtime.problem.ResourceNotFound;
import dev.tradebook.platform.runtime.problem.Violation;
import dev.tradebook.platform.runtime.security.Roles;

@Path("/portal/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CUSTOMER)
@Tag(name = "portal: profile")
public class ProfileResource {

    static final String MERGE_PATCH = "application/merge-patch+json";

    /** What a portal user sees of its customer master: no credit terms, owner, bank or internal codes. */
    private static final List<String> PROFILE_FIELDS = List.of("code", "name", "type", "address", "gst", "email",
            "website", "contacts", "currency", "status", "onHold", "holdReasons", "portal");

    /** The contact details a portal user may change; everything else about the customer stays staff's. */
    private static final int CHANGE_ATTEMPTS = 3;

    private static final Set<String> CONTACT_FIELDS = Set.of("name", "designation", "department", "email", "mobile",
            "landline");

    private final Customers customers;
    private final PortalCustomer portal;
    private final ObjectMapper json;

    public ProfileResource(Customers customers, PortalCustomer portal, ObjectMapper json) {
        this.customers = customers;
        this.portal = portal;
        this.json = json;
    }

    @GET
    @Operation(summary = "The caller's own customer", description = "Name, address, GST, e-mail, contacts, currency,"
            + " status and holds of the customer in the token's customer_code claim.")
    @APIResponse(responseCode = "200", description = "the profile")
    @APIResponse(responseCode = "403", description = "the token carries no customer_code claim")
    public JsonNode me() {
        return profile(customers.get(portal.code()).customer());
    }

    @PATCH
    @Path("/contacts/{id}")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Operation(summary = "Change one of the caller's contacts", description = "JSON merge patch of name, designation,"
            + " department, email, mobile, landline: absent stays, null clears. Answers the contact as it now is.")
    @APIResponse(responseCode = "200", description = "the contact as it now is")
    @APIResponse(responseCode = "400", description = "a field that is not a contact detail, or fails validation")
    @APIResponse(responseCode = "404", description = "no such contact of the caller's customer")
    public JsonNode changeContact(@PathParam("id") long id,
            @RequestBody(content = @Content(examples = @ExampleObject(name = "new mobile",
                    value = "{\"mobile\": \"9876543210\"}"))) String body) throws JsonProcessingException {
        ObjectNode changes = contactPatch(json.readTree(body == null ? "" : body));
        for (int attempt = 1; ; attempt++) {
            try {
                return changeContactOnce(id, changes);
            } catch (ServiceRefusal refusal) {
                if (attempt == CHANGE_ATTEMPTS || !isVersionRace(refusal)) {
                    throw refusal;
                }
            }
        }
    }

    /**
     * The gateway reads the customer and writes the contact back at the version it read. The customer's ledger
     * facts (balance, holds) change in the background as events arrive, so its version may move in between: the
     * read-modify-write is the gateway's own, not the portal user's, so it is simply done again.
     */
    private JsonNode changeContactOnce(long id, ObjectNode changes) {
        Customers.Versioned current = customers.get(portal.code());
        ObjectNode contact = contactOf(current.customer(), id);
        changes.fields().forEachRemaining(field -> contact.set(field.getKey(), field.getValue()));
        contact.remove("id");
        return customers.replaceContact(portal.code(), id, current.etag(), contact);
    }

    private static boolean isVersionRace(ServiceRefusal refusal) {
        return refusal.status() == 412 || (refusal.status() == 409 && refusal.body() != null
                && refusal.body().contains("/version-conflict"));
    }

    private static JsonNode profile(JsonNode customer) {
        ObjectNode profile = ((ObjectNode) customer).objectNode();
        PROFILE_FIELDS.forEach(field -> profile.set(field, customer.get(field)));
        return profile;
    }

    private static ObjectNode contactPatch(JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw new InvalidRequest("malformed-request", "A contact change must be a JSON object", List.of());
        }
        List<Violation> unknown = new ArrayList<>();
        patch.fieldNames().forEachRemaining(field -> {
            if (!CONTACT_FIELDS.contains(field)) {
                unknown.add(new Violation(field, "not a contact detail: the portal changes only " + CONTACT_FIELDS));
            }
        });
        if (!unknown.isEmpty()) {
            throw new InvalidRequest("unknown-field", "Only contact details can change through the portal", unknown);
        }
        return (ObjectNode) patch;
    }

    private static ObjectNode contactOf(JsonNode customer, long id) {
        for (JsonNode contact : customer.path("contacts")) {
            if (contact.path("id").asLong() == id) {
                return (ObjectNode) contact.deepCopy();
            }
        }
        throw new ResourceNotFound("Contact", Long.toString(id));
    }
}
