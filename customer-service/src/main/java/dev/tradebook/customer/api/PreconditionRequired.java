package dev.tradebook.customer.api;

import java.util.List;

import dev.tradebook.platform.runtime.problem.ProblemException;

/** 428: a write that must name the version it revises came without {@code If-Match}. */
class PreconditionRequired extends ProblemException {

    PreconditionRequired() {
        super(428, "precondition-required", "Precondition required",
                "Send If-Match with the ETag of the customer you read, so that no one else's change is overwritten",
                List.of());
    }
}
