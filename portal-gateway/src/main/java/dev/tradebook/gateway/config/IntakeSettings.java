package dev.tradebook.gateway.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the e-commerce order intake registers new buyers and waits for the services. */
@ConfigMapping(prefix = "gateway.intake")
public interface IntakeSettings {

    /**
     * A new buyer reaches transaction-service through customer events; its first order waits this long for it.
     * Placed earlier, the order would be refused as for an unknown customer.
     */
    @WithDefault("10s")
    Duration customerArrivalTimeout();

    /** How long a call waits for the first request under the same Idempotency-Key (another intake) to finish. */
    @WithDefault("10s")
    Duration inProgressTimeout();

    /** Between two looks while waiting. */
    @WithDefault("200ms")
    Duration pollInterval();

    /** The debtor account group of a customer the intake registers. */
    @WithDefault("DOM")
    String debtorAccountGroup();

    /** The type of a customer the intake registers. */
    @WithDefault("CUSTOMER")
    String customerType();
}
