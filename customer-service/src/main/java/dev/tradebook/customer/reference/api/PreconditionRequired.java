package dev.tradebook.customer.reference.api;

import java.util.List;

import dev.tradebook.platform.runtime.problem.ProblemException;

/**
 * 428 (RFC 6585): a change came without If-Match. Reference data is maintained by several administrators;
 * a blind overwrite would silently undo a colleague's change, so a client must say which version it read.
 */
class PreconditionRequired extends ProblemException {

    PreconditionRequired() {
        super(428, "precondition-required", "Precondition required",
                "Send If-Match with the ETag of the version you read (GET); without it your change could overwrite"
                        + " someone else's",
                List.of());
    }
}
