package dev.tradebook.platform.runtime.idempotency;

/** The first response given for a key, replayed to every retry with the same body. */
public record StoredResponse(int status, String location, String contentType, String body) {
}
