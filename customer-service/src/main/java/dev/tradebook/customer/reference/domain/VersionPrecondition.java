package dev.tradebook.customer.reference.domain;

import java.util.Set;

/**
 * Which versions of a record the caller's change was made against (HTTP's If-Match, without HTTP):
 * any current version, or only those named. A change against another version would silently
 * overwrite what someone else saved in between, so it is refused.
 */
public record VersionPrecondition(boolean anyVersion, Set<Long> versions) {

    public VersionPrecondition {
        versions = Set.copyOf(versions);
    }

    public static VersionPrecondition any() {
        return new VersionPrecondition(true, Set.of());
    }

    public static VersionPrecondition oneOf(Set<Long> versions) {
        return new VersionPrecondition(false, versions);
    }

    public boolean admits(long version) {
        return anyVersion || versions.contains(version);
    }

    /** Refuses the change when the record is no longer at a version the caller saw. */
    void check(String what, String id, long current) {
        if (!admits(current)) {
            throw new VersionMismatch(what, id, current);
        }
    }
}
