package dev.tradebook.ledger.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.tradebook.ledger.domain.SelfCheck;
import dev.tradebook.ledger.domain.SelfCheckResult;
import dev.tradebook.platform.runtime.security.Roles;

@Path("/api/v1/self-check")
@Produces(MediaType.APPLICATION_JSON)
public class SelfCheckResource {

    private final SelfCheck selfCheck;

    public SelfCheckResource(SelfCheck selfCheck) {
        this.selfCheck = selfCheck;
    }

    /**
     * Runs the check now: {@code {"checkedAt", "accountsChecked", "drifts": [{customer, account, currency,
     * storedBalance, journalBalance}]}}. Each drift is also logged, counted and published, every time it is found.
     */
    @GET
    @RolesAllowed(Roles.ACCOUNTS)
    public SelfCheckResult check() {
        return selfCheck.run();
    }
}
