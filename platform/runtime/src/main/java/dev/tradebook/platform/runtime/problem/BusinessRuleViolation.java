package dev.tradebook.platform.runtime.problem;

import java.util.List;

/** 422: the request is well formed but a business rule refuses it (credit, hold, state, fixed field). */
public class BusinessRuleViolation extends ProblemException {

    public BusinessRuleViolation(String type, String detail) {
        super(422, type, "Business rule violated", detail, List.of());
    }

    public BusinessRuleViolation(String type, String detail, List<Violation> violations) {
        super(422, type, "Business rule violated", detail, violations);
    }
}
