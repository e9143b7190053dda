package dev.tradebook.platform.runtime.problem;

import java.util.List;

/** 400: the request itself is malformed or a field fails validation. */
public class InvalidRequest extends ProblemException {

    public InvalidRequest(String type, String detail, List<Violation> violations) {
        super(400, type, "Invalid request", detail, violations);
    }
}
