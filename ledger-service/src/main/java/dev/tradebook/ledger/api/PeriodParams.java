package dev.tradebook.ledger.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

import dev.tradebook.platform.runtime.api.PageParams;
import dev.tradebook.platform.runtime.problem.InvalidRequest;
import dev.tradebook.platform.runtime.problem.Violation;

/** {@code ?from=2026-04-01&to=2026-06-30}, both inclusive, either left out for an open end. */
public class PeriodParams extends PageParams {

    private static final String DATE = "[0-9]{4}-[0-9]{2}-[0-9]{2}";
    private static final String DATE_MESSAGE = "must be a date yyyy-MM-dd";

    @QueryParam("from")
    @Pattern(regexp = DATE, message = DATE_MESSAGE)
    String from;

    @QueryParam("to")
    @Pattern(regexp = DATE, message = DATE_MESSAGE)
    String to;

    LocalDate from() {
        return date("from", from);
    }

    /** Refuses a period that ends before it starts. */
    LocalDate to() {
        LocalDate end = date("to", to);
        LocalDate start = from();
        if (start != null && end != null && end.isBefore(start)) {
            throw new InvalidRequest("validation", "The period ends before it starts",
                    List.of(new Violation("to", "must not be before from")));
        }
        return end;
    }

    boolean isOpenEnded() {
        return from == null && to == null;
    }

    static LocalDate date(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequest("validation", "1 field(s) failed validation", List.of(new Violation(name, DATE_MESSAGE)));
        }
    }
}
