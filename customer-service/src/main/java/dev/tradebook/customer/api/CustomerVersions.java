package dev.tradebook.customer.api;

import jakarta.ws.rs.core.EntityTag;

import dev.tradebook.customer.domain.Customer;

/** The customer's version as HTTP carries it: the ETag of every customer answer, If-Match on every write. */
final class CustomerVersions {

    private CustomerVersions() {
    }

    /** The version a write expects; 428 without If-Match, since a blind write could undo someone's change. */
    static String fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequired();
        }
        return ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
    }

    static EntityTag etag(Customer customer) {
        return new EntityTag(Long.toString(customer.version()));
    }
}
