package dev.tradebook.platform.runtime.problem;

import java.util.List;

/** 409: the request collides with the current state, e.g. a code already taken or a stale version. */
public class StateConflict extends ProblemException {

    public StateConflict(String type, String detail) {
        super(409, type, "Conflict", detail, List.of());
    }
}
