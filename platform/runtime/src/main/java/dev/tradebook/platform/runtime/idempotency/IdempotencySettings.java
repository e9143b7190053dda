package dev.tradebook.platform.runtime.idempotency;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "platform.idempotency")
public interface IdempotencySettings {

    /**
     * How long a claimed key stays locked to its first request. A request that died before committing
     * leaves its claim behind; after this lease a retry may take the key over (nothing was committed,
     * since the effect and the stored response commit together).
     */
    @WithDefault("60s")
    Duration lease();
}
