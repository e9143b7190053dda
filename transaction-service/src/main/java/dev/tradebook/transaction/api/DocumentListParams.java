package dev.tradebook.transaction.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import dev.tradebook.platform.runtime.api.PageParams;
import dev.tradebook.platform.runtime.problem.InvalidRequest;
import dev.tradebook.platform.runtime.problem.Violation;
import dev.tradebook.transaction.domain.DocumentListQuery;
import dev.tradebook.transaction.domain.DocumentSort;

/**
 * Paging, sort, customer and date range of every document list (API.md). Every value arrives as text and is
 * checked by a pattern, so that a bad one is a 400 naming the parameter (JAX-RS would answer 404).
 */
public class DocumentListParams extends PageParams {

    static final String DESCRIPTION = "Filtered by customer and date range (from, to); paged and sorted"
            + " (ties by number).";

    private static final String DATE = "[0-9]{4}-[0-9]{2}-[0-9]{2}";

    @QueryParam("customer")
    @Parameter(description = "only the documents of this customer (its code)")
    @Size(max = 20)
    String customer;

    @QueryParam("from")
    @Parameter(description = "only documents dated on or after this day (yyyy-mm-dd, UTC)")
    @Pattern(regexp = DATE, message = "must be a date yyyy-mm-dd")
    String from;

    @QueryParam("to")
    @Parameter(description = "only documents dated on or before this day (yyyy-mm-dd, UTC)")
    @Pattern(regexp = DATE, message = "must be a date yyyy-mm-dd")
    String to;

    @QueryParam("sort")
    @DefaultValue("number,asc")
    @Parameter(description = "field,direction: number, date, customer or createdAt; asc or desc; ties by number")
    @Pattern(regexp = "(number|date|customer|createdAt)(,(asc|desc))?",
            message = "must be number, date, customer or createdAt, optionally followed by ,asc or ,desc")
    String sort;

    /** Only once validated. */
    DocumentListQuery query() {
        LocalDate first = date("from", from);
        LocalDate last = date("to", to);
        if (first != null && last != null && first.isAfter(last)) {
            throw invalid("to", "must not be before from");
        }
        String field = sort.split(",")[0];
        DocumentSort by = DocumentSort.valueOf(field.replaceAll("([A-Z])", "_$1").toUpperCase(Locale.ROOT));
        return new DocumentListQuery(customer == null || customer.isBlank() ? null : customer.strip(), first, last, by,
                !sort.endsWith(",desc"), page(), size());
    }

    private static LocalDate date(String name, String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(name, "must be a date yyyy-mm-dd");
        }
    }

    private static InvalidRequest invalid(String name, String message) {
        return new InvalidRequest("validation", "Invalid query parameter " + name,
                List.of(new Violation(name, message)));
    }
}
