package dev.tradebook.customer.api;

import java.util.Locale;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import dev.tradebook.customer.domain.LeadOrder;
import dev.tradebook.customer.domain.LeadStatus;
import dev.tradebook.platform.runtime.api.PageParams;

/** The query of {@code GET /api/v1/leads} and {@code /prospects}: status, text, paging and sort (newest first by default). */
public class LeadSearchParams extends PageParams {

    @QueryParam("status")
    @Parameter(description = "only those in this status")
    @Pattern(regexp = "OPEN|QUALIFIED|CONVERTED|LOST", message = "must be one of OPEN, QUALIFIED, CONVERTED, LOST")
    String status;

    @QueryParam("q")
    @Parameter(description = "part of the name, company, e-mail, phone, source or campaign, any case")
    @Size(max = 100)
    String q;

    @QueryParam("sort")
    @DefaultValue("createdAt,desc")
    @Parameter(description = "field,direction: createdAt, updatedAt or name; asc or desc; ties by id the same way")
    @Pattern(regexp = "(createdAt|updatedAt|name)(,(asc|desc))?",
            message = "must be createdAt, updatedAt or name, optionally followed by ,asc or ,desc")
    String sort;

    /** Only once validated. */
    LeadStatus status() {
        return status == null ? null : LeadStatus.valueOf(status);
    }

    String text() {
        return q == null || q.isBlank() ? null : q.strip();
    }

    /** Only once validated. */
    LeadOrder order() {
        String field = sort.split(",")[0].replaceAll("([A-Z])", "_$1").toUpperCase(Locale.ROOT);
        return new LeadOrder(LeadOrder.Field.valueOf(field), !sort.endsWith(",desc"));
    }
}
