package dev.tradebook.customer.reference.domain;

import java.util.List;

import dev.tradebook.platform.runtime.problem.ProblemException;

/** 412: the record changed since the caller read it; the caller reads it again and retries. */
public class VersionMismatch extends ProblemException {

    VersionMismatch(String what, String id, long current) {
        super(412, "precondition-failed", "Precondition failed",
                what + " " + id + " has changed since you read it (it is now at version " + current
                        + "); read it again and retry",
                List.of());
        with("currentVersion", current);
    }
}
