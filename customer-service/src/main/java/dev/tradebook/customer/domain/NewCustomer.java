package dev.tradebook.customer.domain;

import java.math.BigDecimal;
import java.util.List;

/** What a person or an integration gives to register a customer; null means "use the default". */
public record NewCustomer(String code, String name, String currency, BigDecimal creditLimit, List<String> debtorAccountGroups) {
}
