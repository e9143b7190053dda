package dev.tradebook.customer.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits and pace of bulk customer imports. */
@ConfigMapping(prefix = "customer.import")
public interface ImportSettings {

    /** Where bodies are spooled before they are imported; it must survive a restart for an import to resume. */
    @WithDefault("${java.io.tmpdir}/customer-imports")
    String spoolDirectory();

    /** The largest file accepted (413 above it). quarkus.http.limits.max-body-size must allow it. */
    @WithDefault("1073741824")
    long maxBytes();

    /** Rows per transaction: large enough to amortise a commit, small enough for the heap and for progress. */
    @WithDefault("500")
    int chunkRows();

    /**
     * Chunks of one import written at the same time: while one is copied into the database and committed, the
     * next ones are validated, built and copied (they still commit in the order of the file). 1 writes them one
     * after another. On 2 cores, 3 kept both busy (100,000 rows: 2 gave 5,316 rows/s, 3 5,625, 4 5,325).
     */
    @WithDefault("3")
    int chunksInFlight();

    /** A running import whose figures have not moved for this long lost its runner (a restart) and is resumed. */
    @WithDefault("60s")
    Duration abandonedAfter();

    /** How often abandoned imports are looked for. */
    @WithDefault("30s")
    Duration resumeInterval();

    /** Imports run at the same time; more wait for a free runner. */
    @WithDefault("2")
    int runners();
}
