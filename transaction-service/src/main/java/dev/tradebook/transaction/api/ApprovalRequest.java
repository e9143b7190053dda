package dev.tradebook.transaction.api;

/** The body of an approval is optional; it only matters for a WARN credit limit. */
public record ApprovalRequest(Boolean acknowledgeCreditWarning) {

    boolean acknowledged() {
        return Boolean.TRUE.equals(acknowledgeCreditWarning);
    }
}
