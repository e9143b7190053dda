package dev.tradebook.customer.reference.api;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.EntityTag;

import dev.tradebook.customer.reference.domain.VersionPrecondition;

/**
 * Versions as HTTP entity tags: the ETag of a record is its version in quotes ({@code "3"}); an If-Match
 * header becomes the versions a change was made against. A weak tag ({@code W/"3"}) names the same version:
 * the tag is a version, not a hash of the bytes, and proxies weaken tags when they compress (the customer
 * resource reads If-Match the same way). Anything that is no version of ours matches nothing, so the change
 * is refused with 412; {@code *} matches whatever version is current.
 */
final class EntityTags {

    static final String IF_MATCH = "If-Match";
    private static final Pattern VERSION_TAG = Pattern.compile("(?:W/)?\"([0-9]{1,18})\"");

    private EntityTags() {
    }

    static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** A missing header is 428, see {@link PreconditionRequired}. */
    static VersionPrecondition ifMatch(String header) {
        if (header == null || header.isBlank()) {
            throw new PreconditionRequired();
        }
        if (header.strip().equals("*")) {
            return VersionPrecondition.any();
        }
        Set<Long> versions = new HashSet<>();
        for (String tag : header.split(",")) {
            Matcher version = VERSION_TAG.matcher(tag.strip());
            if (version.matches()) {
                versions.add(Long.parseLong(version.group(1)));
            }
        }
        return VersionPrecondition.oneOf(versions);
    }
}
