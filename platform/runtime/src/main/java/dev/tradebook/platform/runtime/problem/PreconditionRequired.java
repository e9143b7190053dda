package dev.tradebook.platform.runtime.problem;

import java.util.List;

/**
 * 428 (RFC 6585): a change that must name the version it revises came without If-Match. A blind
 * overwrite would silently undo someone else's change, so the client must say which version it read.
 */
public class PreconditionRequired extends ProblemException {

    public PreconditionRequired() {
        super(428, "precondition-required", "Precondition required",
                "Send If-Match with the ETag of the version you read (GET); without it your change could overwrite"
                        + " someone else's",
                List.of());
    }
}
