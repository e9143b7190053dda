package dev.tradebook.system.report;

import java.util.Map;
import java.util.Optional;

/** The machine's baselines; one that could not be measured is missing, with the reason by name in notMeasured. */
public record Baselines(Optional<FsyncBaseline> fsync, Optional<PgbenchBaseline> pgbench,
        Optional<ProducerBaseline> producer, Map<String, String> notMeasured) {
}
