package dev.tradebook.platform.runtime.security;

/** The realm roles of API.md. */
public final class Roles {

    public static final String SALES_ADMIN = "sales-admin";
    public static final String SALES = "sales";
    public static final String ACCOUNTS = "accounts";
    public static final String VIEWER = "viewer";
    public static final String INTEGRATOR = "integrator";
    public static final String CUSTOMER = "customer";

    private Roles() {
    }
}
