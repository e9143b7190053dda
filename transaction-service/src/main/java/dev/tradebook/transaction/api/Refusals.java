package dev.tradebook.transaction.api;

import jakarta.ws.rs.core.Response;

import dev.tradebook.platform.runtime.api.ProblemResponses;
import dev.tradebook.platform.runtime.problem.ProblemException;

/**
 * A credit or hold refusal answered as a response rather than thrown: the idempotency interceptor stores
 * responses but releases the key of a failed request, and a credit refusal must stay refused when retried
 * with the same Idempotency-Key, even if credit has been freed since.
 */
final class Refusals {

    private Refusals() {
    }

    static Response of(ProblemException refusal) {
        return ProblemResponses.response(refusal.status(), refusal.type(), refusal.title(), refusal.getMessage(),
                refusal.violations(), refusal.extensions());
    }
}
