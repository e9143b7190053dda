package dev.tradebook.gateway.client;

/**
 * One call to a service failed on the service's side (a 5xx) or on the way (no connection): a failure for its
 * circuit breaker, and repeated when the call is {@link #repeatable()}.
 */
class FailedAttempt extends RuntimeException {

    private final boolean repeatable;

    FailedAttempt(Throwable cause, boolean repeatable) {
        super(cause);
        this.repeatable = repeatable;
    }

    boolean repeatable() {
        return repeatable;
    }

    boolean timedOut() {
        return timedOut(getCause());
    }

    /** The REST client's connect or read timeout, whichever of Vert.x's or Netty's exceptions reports it. */
    static boolean timedOut(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getSimpleName().contains("Timeout")) {
                return true;
            }
        }
        return false;
    }
}
