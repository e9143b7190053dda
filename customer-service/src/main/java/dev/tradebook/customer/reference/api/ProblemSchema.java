package dev.tradebook.customer.reference.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.tradebook.platform.runtime.problem.Violation;

/** For the OpenAPI document only: the application/problem+json body every error of this API has. */
@Schema(name = "Problem", description = "RFC 9457 problem details; violations name the offending fields")
record ProblemSchema(
        @Schema(examples = "https://tradebook.dev/problems/validation") String type,
        @Schema(examples = "Invalid request") String title,
        @Schema(examples = "400") int status,
        @Schema(examples = "1 field(s) failed validation") String detail,
        List<Violation> violations) {

    static final String MEDIA_TYPE = "application/problem+json";
}
