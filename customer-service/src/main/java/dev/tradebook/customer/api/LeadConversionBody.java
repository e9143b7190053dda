package dev.tradebook.customer.api;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.tradebook.customer.domain.Lead;
import dev.tradebook.customer.domain.LeadDetails;
import dev.tradebook.platform.runtime.problem.InvalidRequest;

/**
 * The customer a lead or prospect converts into, as a {@code POST /api/v1/customers} body: what the lead
 * carries (the company, or else the name, as the customer's name; address, contacts, e-mail, website,
 * salesman), type CUSTOMER unless told otherwise, merged (RFC 7396) with the fields the caller adds or
 * overrides. The source is always the lead's kind.
 */
final class LeadConversionBody {

    private LeadConversionBody() {
    }

    /** An unknown or read-only field among the overrides is a 400 naming it, as on {@code POST /customers}. */
    static CustomerRequest of(Lead lead, String overrides, ObjectMapper json) throws JsonProcessingException {
        ObjectNode body = json.createObjectNode();
        LeadDetails d = lead.details();
        body.put("name", d.company() != null ? d.company() : d.name());
        body.put("type", "CUSTOMER");
        body.put("email", d.email());
        body.put("website", d.website());
        body.put("salesman", d.salesman());
        body.set("contacts", json.valueToTree(d.contacts().stream()
                .map(c -> new CustomerRequest.Contact(null, c.name(), c.designation(), c.department(), c.email(),
                        c.mobile(), c.landline()))
                .toList()));
        LeadView view = LeadView.of(lead);
        if (view.address() != null) {
            ObjectNode address = json.valueToTree(view.address());
            if (address.path("phone1").isNull() && d.phone() != null) {
                address.put("phone1", d.phone());
            }
            body.set("address", address);
        }
        ObjectNode merged = (ObjectNode) CustomerResource.mergePatch(body, parse(overrides, json));
        merged.put("source", lead.kind().name());
        return json.treeToValue(merged, CustomerRequest.class);
    }

    private static JsonNode parse(String overrides, ObjectMapper json) throws JsonProcessingException {
        if (overrides == null || overrides.isBlank()) {
            return json.createObjectNode();
        }
        JsonNode node = json.readTree(overrides);
        if (node.isObject()) {
            return node;
        }
        throw new InvalidRequest("malformed-request", "The body of a conversion is a JSON object of customer fields",
                List.of());
    }
}
