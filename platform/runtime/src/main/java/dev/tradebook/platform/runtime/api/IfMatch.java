package dev.tradebook.platform.runtime.api;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.EntityTag;

import dev.tradebook.platform.runtime.problem.PreconditionRequired;
import dev.tradebook.platform.runtime.version.ExpectedVersions;

/**
 * Versions as HTTP entity tags, the same in every service: the ETag of a record is its version in quotes
 * ({@code "3"}); an If-Match header becomes the versions a change was made against. A weak tag ({@code W/"3"})
 * and a bare number name the same version: the tag is a version, not a hash of the bytes, and proxies weaken
 * tags when they compress. A tag that is no version of ours matches nothing, so the change is refused with
 * 412; {@code *} matches whatever version is current.
 */
public final class IfMatch {

    private static final Pattern VERSION_TAG = Pattern.compile("(?:W/)?\"([0-9]{1,18})\"");

    private IfMatch() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** For a change that must name its version: a missing header is 428. */
    public static ExpectedVersions required(String header) {
        if (header == null || header.isBlank()) {
            throw new PreconditionRequired();
        }
        return parse(header);
    }

    /** For a change that may be blind: a missing header admits any version. */
    public static ExpectedVersions optional(String header) {
        return header == null || header.isBlank() ? ExpectedVersions.any() : parse(header);
    }

    private static ExpectedVersions parse(String header) {
        if (header.strip().equals("*")) {
            return ExpectedVersions.any();
        }
        Set<Long> versions = new HashSet<>();
        for (String tag : header.split(",")) {
            Matcher version = VERSION_TAG.matcher(tag.strip());
            if (version.matches()) {
                versions.add(Long.parseLong(version.group(1)));
            }
        }
        return ExpectedVersions.oneOf(versions);
    }
}
