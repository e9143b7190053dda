package dev.tradebook.ledger.api;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import dev.tradebook.platform.runtime.api.PageParams;

/** The query of {@code GET /api/v1/accounts}: debtor accounts (of a customer) or the chart, and the page. */
public class AccountSearchParams extends PageParams {

    @QueryParam("kind")
    @DefaultValue(AccountView.DEBTOR)
    @Pattern(regexp = "DEBTOR|GL", message = "must be DEBTOR (customers' accounts) or GL (the chart of accounts)")
    String kind;

    @QueryParam("customer")
    @Pattern(regexp = "[A-Z0-9-]{1,20}", message = "must be 1 to 20 characters A-Z, 0-9 or -")
    String customer;

    boolean chartOfAccounts() {
        return AccountView.GENERAL_LEDGER.equals(kind);
    }
}
