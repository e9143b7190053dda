package dev.tradebook.platform.runtime.problem;

import java.util.List;

/** 404: the thing named does not exist (or the caller may not know that it does). */
public class ResourceNotFound extends ProblemException {

    public ResourceNotFound(String what, String id) {
        super(404, "not-found", "Not found", what + " " + id + " does not exist", List.of());
    }
}
