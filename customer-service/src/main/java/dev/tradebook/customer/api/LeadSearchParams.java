package dev.tradebook.customer.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import dev.tradebook.customer.domain.LeadStatus;
import dev.tradebook.customer.reference.api.PageParams;

/** The query of {@code GET /api/v1/leads} and {@code /prospects}: status, text and paging, newest first. */
public class LeadSearchParams extends PageParams {

    @QueryParam("status")
    @Parameter(description = "only those in this status")
    @Pattern(regexp = "OPEN|QUALIFIED|CONVERTED|LOST", message = "must be one of OPEN, QUALIFIED, CONVERTED, LOST")
    String status;

    @QueryParam("q")
    @Parameter(description = "part of the name, company, e-mail, phone, source or campaign, any case")
    @Size(max = 100)
    String q;

    /** Only once validated. */
    LeadStatus status() {
        return status == null ? null : LeadStatus.valueOf(status);
    }

    String text() {
        return q == null || q.isBlank() ? null : q.strip();
    }
}
