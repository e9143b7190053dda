package dev.tradebook.ledger.api;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

/** The query of {@code GET /api/v1/accounts}: a customer and the page. */
public class AccountSearchParams extends PageParams {

    @QueryParam("customer")
    @Pattern(regexp = "[A-Z0-9-]{1,20}", message = "must be 1 to 20 characters A-Z, 0-9 or -")
    String customer;
}
