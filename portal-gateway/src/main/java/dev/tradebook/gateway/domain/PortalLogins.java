package dev.tradebook.gateway.domain;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * A customer's portal login follows the customer master: it exists and is enabled exactly while the customer
 * is active with portal login enabled, and is disabled (never deleted, so its history stays) otherwise.
 * Each call brings the login to the state the customer asks for, so a redelivered or repeated event changes
 * nothing.
 */
@ApplicationScoped
public class PortalLogins {

    private final LoginDirectory directory;

    public PortalLogins(LoginDirectory directory) {
        this.directory = directory;
    }

    /** The customer as it now stands. */
    public void follow(String customerCode, String name, boolean active, boolean loginEnabled, String email) {
        Optional<PortalLogin> login = directory.find(customerCode);
        if (active && loginEnabled) {
            if (login.isEmpty()) {
                directory.create(customerCode, name, email);
            } else if (!login.get().enabled() || email != null && !email.equals(login.get().email())) {
                directory.update(login.get().reopened(email));
            }
        } else {
            close(login);
        }
    }

    /** The customer was deactivated or deleted. */
    public void close(String customerCode) {
        close(directory.find(customerCode));
    }

    private void close(Optional<PortalLogin> login) {
        login.filter(PortalLogin::enabled).ifPresent(open -> directory.update(open.disabled()));
    }
}
