package dev.tradebook.gateway.security;

import jakarta.enterprise.context.RequestScoped;

import dev.tradebook.platform.runtime.problem.ResourceNotFound;
import dev.tradebook.platform.runtime.security.CallerCustomer;

/**
 * Whose data a portal request is about: always the token's customer. Nothing a portal user sends (a path,
 * a filter, a document number) can point the gateway at another customer; trying answers 404.
 */
@RequestScoped
public class PortalCustomer {

    private final CallerCustomer caller;

    public PortalCustomer(CallerCustomer caller) {
        this.caller = caller;
    }

    public String code() {
        return caller.code();
    }

    /** The own code; a list filter {@code ?customer=} naming any other customer is 404. */
    public String code(String customerFilter) {
        String own = caller.code();
        if (customerFilter != null && !customerFilter.equals(own)) {
            throw new ResourceNotFound("Customer", customerFilter);
        }
        return own;
    }

    /** Refuses a document of another customer, even if a service had answered it. */
    public void owns(String documentCustomer, String what, String number) {
        if (!caller.code().equals(documentCustomer)) {
            throw new ResourceNotFound(what, number);
        }
    }
}
