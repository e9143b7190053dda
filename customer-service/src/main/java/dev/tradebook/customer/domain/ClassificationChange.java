package dev.tradebook.customer.domain;

import java.util.List;

/** Fired inside the transaction that replaced the customer's classifications (sorted codes, before and after). */
public record ClassificationChange(Customer customer, List<String> before, List<String> after) {
}
