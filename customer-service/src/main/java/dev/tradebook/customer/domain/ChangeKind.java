package dev.tradebook.customer.domain;

/** What kind of change a history entry records; the last two are made by the ledger's credit control. */
public enum ChangeKind {
    CREATED, UPDATED, DEACTIVATED, ACTIVATED, HOLD_PLACED, HOLD_RELEASED, OWNER_CHANGED, DELETED,
    CREDIT_HOLD_APPLIED, CREDIT_HOLD_RELEASED
}
