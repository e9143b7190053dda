package dev.tradebook.customer.domain;

/** Fired inside the converting transaction: the lead became the customer, both already flushed. */
public record LeadConversion(Lead lead, Customer customer) {
}
