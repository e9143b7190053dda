package dev.tradebook.transaction.domain;

/** AUTHORISED → RECEIVED (the goods are back) → CREDITED (a credit note was issued for them). */
public enum RmaStatus {
    AUTHORISED, RECEIVED, CREDITED
}
