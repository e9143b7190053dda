package dev.tradebook.platform.runtime.problem;

import java.util.List;

/** 412: the record changed since the caller read it; the caller reads it again and retries. */
public class PreconditionFailed extends ProblemException {

    public PreconditionFailed(String detail) {
        super(412, "precondition-failed", "Precondition failed", detail, List.of());
    }
}
