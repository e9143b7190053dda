package dev.tradebook.customer.api;

import java.util.Set;

import jakarta.ws.rs.core.EntityTag;

import dev.tradebook.customer.domain.Customer;
import dev.tradebook.platform.runtime.api.IfMatch;

/** The customer's version as HTTP carries it: the ETag of every customer answer, If-Match on every write. */
final class CustomerVersions {

    private CustomerVersions() {
    }

    /** The version a write expects; 428 without If-Match, since a blind write could undo someone's change. */
    static String fromIfMatch(String ifMatch) {
        Set<Long> versions = IfMatch.required(ifMatch).versions();
        // The customer is revised against one version: several tags, or none of ours, match none.
        return versions.size() == 1 ? versions.iterator().next().toString() : "none";
    }

    static EntityTag etag(Customer customer) {
        return IfMatch.etag(customer.version());
    }
}
