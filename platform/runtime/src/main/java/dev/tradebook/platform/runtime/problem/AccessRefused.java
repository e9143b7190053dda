package dev.tradebook.platform.runtime.problem;

import java.util.List;

/** 403: the caller is known but its token does not entitle it to this, e.g. a portal token without its customer. */
public class AccessRefused extends ProblemException {

    public AccessRefused(String type, String detail) {
        super(403, type, "Forbidden", detail, List.of());
    }
}
