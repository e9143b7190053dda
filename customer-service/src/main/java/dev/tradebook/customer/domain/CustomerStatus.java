package dev.tradebook.customer.domain;

public enum CustomerStatus {
    ACTIVE, INACTIVE
}
