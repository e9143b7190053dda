package dev.tradebook.platform.runtime.events;

/** A record on a topic that is not a CloudEvent this service can read; retrying cannot fix it. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
