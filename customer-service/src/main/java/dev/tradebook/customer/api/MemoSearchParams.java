package dev.tradebook.customer.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import dev.tradebook.customer.domain.MemoStatus;
import dev.tradebook.platform.runtime.api.PageParams;

/** The query of {@code GET /api/v1/customers/{code}/memos}: status, assignee and paging, soonest due first. */
public class MemoSearchParams extends PageParams {

    @QueryParam("status")
    @Parameter(description = "only memos in this status")
    @Pattern(regexp = "OPEN|DONE|CANCELLED", message = "must be one of OPEN, DONE, CANCELLED")
    String status;

    @QueryParam("assignee")
    @Parameter(description = "only memos assigned to this user")
    @Size(max = 100)
    String assignee;

    /** Only once validated. */
    MemoStatus status() {
        return status == null ? null : MemoStatus.valueOf(status);
    }

    String assignee() {
        return assignee == null || assignee.isBlank() ? null : assignee;
    }
}
