package dev.tradebook.customer.reference.api;

import jakarta.ws.rs.core.EntityTag;

import dev.tradebook.platform.runtime.api.IfMatch;
import dev.tradebook.platform.runtime.version.ExpectedVersions;

/** Versions of reference data as HTTP entity tags, read as every service reads them ({@link IfMatch}). */
final class EntityTags {

    static final String IF_MATCH = "If-Match";

    private EntityTags() {
    }

    static EntityTag of(long version) {
        return IfMatch.etag(version);
    }

    /** A missing header is 428. */
    static ExpectedVersions ifMatch(String header) {
        return IfMatch.required(header);
    }
}
