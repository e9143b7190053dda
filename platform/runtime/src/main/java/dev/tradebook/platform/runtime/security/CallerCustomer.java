package dev.tradebook.platform.runtime.security;

import java.util.regex.Pattern;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dev.tradebook.platform.runtime.problem.AccessRefused;
import dev.tradebook.platform.runtime.problem.ResourceNotFound;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The customer a portal user acts for. A caller with the realm role {@code customer} sees only the
 * customer named by its token's {@code customer_code} claim; another customer's anything answers 404, as if
 * it did not exist, so that a portal user cannot even learn which codes or numbers are taken. Staff pass.
 */
@RequestScoped
public class CallerCustomer {

    public static final String CLAIM = "customer_code";

    private static final Pattern CODE = Pattern.compile("[A-Z0-9-]{1,20}");

    private final SecurityIdentity identity;

    public CallerCustomer(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean isPortalUser() {
        return identity.hasRole(Roles.CUSTOMER);
    }

    /** The portal user's own customer code; 403 when its token carries none or a malformed one. */
    public String code() {
        Object claim = identity.getPrincipal() instanceof JsonWebToken token ? token.getClaim(CLAIM) : null;
        String code = claim instanceof JsonString json ? json.getString() : claim instanceof String text ? text : null;
        if (code == null || !CODE.matcher(code).matches()) {
            throw new AccessRefused("customer-claim-missing",
                    "A portal token must carry the claim " + CLAIM + " with a customer code");
        }
        return code;
    }

    /**
     * Lets a portal user through only to its own customer; {@code what} and {@code id} name the thing asked
     * for in the 404, which reads the same as for a thing that does not exist.
     */
    public void mayAccess(String customerCode, String what, String id) {
        if (isPortalUser() && !code().equals(customerCode)) {
            throw new ResourceNotFound(what, id);
        }
    }

    public void mayAccess(String customerCode) {
        mayAccess(customerCode, "Customer", customerCode);
    }
}
