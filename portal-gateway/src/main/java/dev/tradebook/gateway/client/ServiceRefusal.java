package dev.tradebook.gateway.client;

/**
 * A service answered with an error: the gateway hands its status and problem+json body to the portal user
 * unchanged, so a credit refusal reads the same through the portal as at the service.
 */
public class ServiceRefusal extends RuntimeException {

    private final int status;
    private final String body;

    public ServiceRefusal(int status, String body) {
        super("service answered " + status);
        this.status = status;
        this.body = body;
    }

    public int status() {
        return status;
    }

    public String body() {
        return body;
    }
}
