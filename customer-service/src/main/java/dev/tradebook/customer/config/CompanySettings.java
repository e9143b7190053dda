package dev.tradebook.customer.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The company this deployment serves (one company per deployment). */
@ConfigMapping(prefix = "company")
public interface CompanySettings {

    /** ISO 4217 code given to a new customer that names no currency. */
    @WithDefault("INR")
    String baseCurrency();

    /** Prefix of generated customer codes: prefix + a six-digit sequence number. */
    @WithDefault("C")
    String customerCodePrefix();
}
