package dev.tradebook.gateway.domain;

/** A customer's portal login as the directory keeps it. */
public record PortalLogin(String id, String customerCode, boolean enabled, String email) {

    PortalLogin reopened(String newEmail) {
        return new PortalLogin(id, customerCode, true, newEmail == null ? email : newEmail);
    }

    PortalLogin disabled() {
        return new PortalLogin(id, customerCode, false, email);
    }
}
