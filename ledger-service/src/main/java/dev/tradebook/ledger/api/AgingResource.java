package dev.tradebook.ledger.api;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.tradebook.ledger.domain.Aging;
import dev.tradebook.platform.runtime.security.Roles;

@Path("/api/v1/aging")
@Produces(MediaType.APPLICATION_JSON)
public class AgingResource {

    private final Aging aging;
    private final Clock clock;

    public AgingResource(Aging aging, Clock clock) {
        this.aging = aging;
        this.clock = clock;
    }

    /** Aged receivables as of a date (default today): what was open then, by days past due. */
    @GET
    @RolesAllowed({Roles.SALES_ADMIN, Roles.SALES, Roles.ACCOUNTS, Roles.VIEWER})
    public AgingView get(@Valid @BeanParam AgingParams params) {
        return AgingView.of(aging.asOf(params.asOf(LocalDate.now(clock)), params.customer, params.page(), params.size()));
    }
}
