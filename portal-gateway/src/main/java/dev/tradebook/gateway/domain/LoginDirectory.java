package dev.tradebook.gateway.domain;

import java.util.Optional;

/** Where portal logins live (the realm's users): one login per customer, found by the customer's code. */
public interface LoginDirectory {

    Optional<PortalLogin> find(String customerCode);

    /** A new, enabled login with the role customer and the customer_code attribute; it has no password yet. */
    void create(String customerCode, String name, String email);

    void update(PortalLogin login);
}
