package dev.tradebook.customer.domain;

/** OPEN → QUALIFIED → CONVERTED; OPEN or QUALIFIED → LOST; an open lead may also be converted straight away. */
public enum LeadStatus {
    OPEN, QUALIFIED, CONVERTED, LOST;

    /** Still being worked on: it may be revised, qualified, lost or converted. */
    boolean isLive() {
        return this == OPEN || this == QUALIFIED;
    }
}
