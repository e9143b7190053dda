package dev.tradebook.customer.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.tradebook.platform.runtime.problem.Violation;

/**
 * The columns of the customer CSV (import template and export): the writable fields of the API, nested ones
 * by dotted names. Lists of codes are separated by {@code |}; contacts, statutory numbers and custom fields
 * are JSON in their cell. An empty cell is an absent field.
 */
final class CustomerColumns {

    static final List<String> ALL = List.of("code", "name", "currency", "corporate", "type", "ownershipDetail",
            "mainBusiness", "registrationReference", "address.line1", "address.line2", "address.line3", "address.city",
            "address.pinCode", "address.phone1", "address.phone2", "address.fax", "gst.number", "gst.registrationDate",
            "gst.registrationStatus", "gst.arn", "statutoryNumbers", "email", "website", "contacts", "salesRegion",
            "creditLimit", "creditActionOnOrder", "creditActionOnInvoice", "paymentTerms", "modeOfDispatch",
            "shipmentVia", "shipmentTerms", "salesman", "interBranchSite", "bank.name", "bank.accountNumber",
            "bank.branch", "bank.ifsc", "bank.beneficiaryName", "bank.accountType", "bank.paymentType",
            "bank.weeklyHours", "bank.address", "bank.holidays", "debtorAccountGroups", "externalAccountHead",
            "billToCustomers", "portal.loginEnabled", "portal.email", "customFields", "source");

    static final String LIST_SEPARATOR = "|";

    private static final Set<String> LISTS = Set.of("debtorAccountGroups", "billToCustomers");
    private static final Set<String> JSON = Set.of("statutoryNumbers", "contacts", "customFields");

    private CustomerColumns() {
    }

    /** The header's columns that are none of {@link #ALL}, and duplicates, as violations of the file. */
    static List<Violation> headerViolations(String[] header) {
        List<Violation> violations = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String column : header) {
            if (!ALL.contains(column)) {
                violations.add(new Violation(column, "is no column of the customer template"));
            } else if (seen.contains(column)) {
                violations.add(new Violation(column, "appears twice in the header"));
            }
            seen.add(column);
        }
        if (!seen.contains("code")) {
            violations.add(new Violation("code", "is required: an import recognises a customer, and a re-run, by its code"));
        }
        return violations;
    }

    /** One CSV row as the customer JSON the API takes; a cell that is no valid JSON where JSON is due is a violation. */
    static ObjectNode toJson(String[] header, String[] values, ObjectMapper json, List<Violation> violations) {
        ObjectNode customer = json.createObjectNode();
        for (int i = 0; i < header.length; i++) {
            String value = values[i];
            if (value == null || value.isEmpty()) {
                continue;
            }
            String column = header[i];
            int dot = column.indexOf('.');
            ObjectNode parent = dot < 0 ? customer : customer.withObjectProperty(column.substring(0, dot));
            String field = dot < 0 ? column : column.substring(dot + 1);
            if (LISTS.contains(column)) {
                ArrayNode list = parent.putArray(field);
                for (String item : value.split("\\" + LIST_SEPARATOR, -1)) {
                    list.add(item.strip());
                }
            } else if (JSON.contains(column)) {
                try {
                    parent.set(field, json.readTree(value));
                } catch (JsonProcessingException e) {
                    violations.add(new Violation(column, "is not valid JSON: " + e.getOriginalMessage()));
                }
            } else {
                parent.put(field, value);
            }
        }
        return customer;
    }

    /** The cells of {@link #ALL} for a customer body: the inverse of {@link #toJson}. */
    static String[] toCells(JsonNode customer, ObjectMapper json) throws JsonProcessingException {
        String[] cells = new String[ALL.size()];
        for (int i = 0; i < cells.length; i++) {
            String column = ALL.get(i);
            JsonNode value = customer.at("/" + column.replace('.', '/'));
            if (value.isMissingNode() || value.isNull() || (value.isContainerNode() && value.isEmpty())) {
                cells[i] = "";
            } else if (LISTS.contains(column)) {
                List<String> items = new ArrayList<>();
                value.forEach(item -> items.add(item.asText()));
                cells[i] = String.join(LIST_SEPARATOR, items);
            } else if (JSON.contains(column)) {
                cells[i] = json.writeValueAsString(value);
            } else {
                cells[i] = value.asText();
            }
        }
        return cells;
    }
}
