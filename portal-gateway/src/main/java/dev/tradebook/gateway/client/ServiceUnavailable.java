package dev.tradebook.gateway.client;

/** A service cannot be reached, did not answer in time, or its circuit is open: the caller may retry later. */
public class ServiceUnavailable extends RuntimeException {

    private final String service;
    private final long retryAfterSeconds;

    public ServiceUnavailable(String service, String why, long retryAfterSeconds, Throwable cause) {
        super(service + " " + why, cause);
        this.service = service;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public String service() {
        return service;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
