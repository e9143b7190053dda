package dev.tradebook.transaction.domain;

/** The customer master's status, as copied from its events. */
public enum CustomerStatus {
    ACTIVE, INACTIVE
}
