package dev.tradebook.customer.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the customer search counts its matches. */
@ConfigMapping(prefix = "customer.search")
public interface SearchSettings {

    /**
     * A search counts its matches up to this many: counting every one of a million customers that contain "ar"
     * reads the whole table, while counting the first ones stops early. Above it the total is this number and
     * marked not exact.
     */
    @WithDefault("10000")
    int countLimit();
}
