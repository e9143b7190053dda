package dev.tradebook.customer.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;

import dev.tradebook.customer.domain.CustomerImport;
import dev.tradebook.customer.domain.ImportFormat;
import dev.tradebook.customer.domain.ImportMode;
import dev.tradebook.customer.domain.ImportStatus;

/**
 * An import and how far it got: read = created + updated + failed at every moment; {@code unchanged} are the
 * updated rows equal to the stored customer (no new version, no event). {@code rowsPerSecond} since
 * its start; {@code etaSeconds} only while RUNNING, from the share of the file read; {@code failure} why a
 * FAILED import stopped.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CustomerImportView(UUID id, ImportStatus status, ImportFormat format, ImportMode mode, boolean dryRun,
        long read, long created, long updated, long unchanged, long failed,
        @JsonFormat(shape = JsonFormat.Shape.NUMBER) BigDecimal rowsPerSecond, Long etaSeconds,
        long sizeBytes, String requestedBy, Instant startedAt, Instant finishedAt, String failure) {

    static CustomerImportView of(CustomerImport found, Instant now) {
        return new CustomerImportView(found.id(), found.status(), found.format(), found.mode(), found.dryRun(),
                found.read(), found.created(), found.updated(), found.unchanged(), found.failed(),
                BigDecimal.valueOf(found.throughput(now)).setScale(1, RoundingMode.HALF_EVEN),
                found.etaSeconds(now).isPresent() ? found.etaSeconds(now).getAsLong() : null,
                found.sizeBytes(), found.requestedBy(), found.startedAt(), found.finishedAt(), found.failure());
    }
}
