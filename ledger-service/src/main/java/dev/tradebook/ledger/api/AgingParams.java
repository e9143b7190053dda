package dev.tradebook.ledger.api;

import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

import dev.tradebook.platform.runtime.api.PageParams;

/** {@code ?asOf=2026-03-31} (default today), optionally one {@code customer}, and the page of customers. */
public class AgingParams extends PageParams {

    @QueryParam("customer")
    @Pattern(regexp = "[A-Z0-9-]{1,20}", message = "must be 1 to 20 characters A-Z, 0-9 or -")
    String customer;

    @QueryParam("asOf")
    @Pattern(regexp = "[0-9]{4}-[0-9]{2}-[0-9]{2}", message = "must be a date yyyy-MM-dd")
    String asOf;

    LocalDate asOf(LocalDate today) {
        LocalDate date = PeriodParams.date("asOf", asOf);
        return date == null ? today : date;
    }
}
