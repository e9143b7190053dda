package dev.tradebook.platform.runtime.version;

import java.util.Set;

import dev.tradebook.platform.runtime.problem.PreconditionFailed;

/**
 * Which versions of a record a change was made against (HTTP's If-Match, without HTTP): any current
 * version, or only those named. A change against another version would silently overwrite what someone
 * else saved in between, so it is refused.
 */
public record ExpectedVersions(boolean anyVersion, Set<Long> versions) {

    public ExpectedVersions {
        versions = Set.copyOf(versions);
    }

    public static ExpectedVersions any() {
        return new ExpectedVersions(true, Set.of());
    }

    public static ExpectedVersions oneOf(Set<Long> versions) {
        return new ExpectedVersions(false, versions);
    }

    public boolean admits(long version) {
        return anyVersion || versions.contains(version);
    }

    /** 412, naming the current version, when {@code what} is no longer at a version the caller saw. */
    public void check(String what, long current) {
        if (!admits(current)) {
            throw new PreconditionFailed(what + " is at version " + current + ", not the one you read: read it again")
                    .with("currentVersion", current);
        }
    }
}
