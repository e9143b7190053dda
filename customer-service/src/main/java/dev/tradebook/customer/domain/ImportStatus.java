package dev.tradebook.customer.domain;

public enum ImportStatus {
    RUNNING, COMPLETED, FAILED
}
