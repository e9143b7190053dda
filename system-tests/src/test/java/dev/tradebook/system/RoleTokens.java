package dev.tradebook.system;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.tradebook.local.LocalStack;

/** One real Keycloak token per realm role, each from a user or client that has that role alone. */
final class RoleTokens {

    /** The realm's single-role users (deploy/keycloak/realm.json); integrator is a client, not a user. */
    private static final Map<String, String> USERS = Map.of("sales-admin", "salesadmin", "sales", "sales",
            "accounts", "accounts", "viewer", "viewer", "customer", "customer");

    private RoleTokens() {
    }

    static Map<String, String> of(LocalStack stack) {
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String role : RoleMatrix.ROLES) {
            tokens.put(role, role.equals("integrator")
                    ? KeycloakTokens.ofClient(stack, "integrator", "integrator-secret")
                    : KeycloakTokens.of(stack, USERS.get(role)));
        }
        return tokens;
    }
}
