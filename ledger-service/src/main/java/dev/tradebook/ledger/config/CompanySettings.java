package dev.tradebook.ledger.config;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The company a deployment serves, as its statements name it. */
@ConfigMapping(prefix = "ledger.company")
public interface CompanySettings {

    @WithDefault("Tradebook Distributors")
    String name();

    /** Printed under the name, one entry a line. */
    @WithDefault("1 Market Road,Mumbai 400001")
    List<String> address();
}
