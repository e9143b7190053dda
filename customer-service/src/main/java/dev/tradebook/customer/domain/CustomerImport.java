package dev.tradebook.customer.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A bulk import of customers from a spooled file, and how far it got. Its figures move only with the chunk
 * that wrote the rows they count, so read = created + updated + failed always holds (the database checks it).
 */
@Entity
@Table(name = "customer_import")
public class CustomerImport {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ImportFormat format;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ImportMode mode;

    @Column(name = "dry_run", nullable = false)
    private boolean dryRun;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ImportStatus status;

    @Column(name = "spool_file", nullable = false)
    private String spoolFile;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "bytes_read", nullable = false)
    private long bytesRead;

    @Column(name = "rows_read", nullable = false)
    private long read;

    @Column(name = "rows_created", nullable = false)
    private long created;

    @Column(name = "rows_updated", nullable = false)
    private long updated;

    @Column(name = "rows_failed", nullable = false)
    private long failed;

    @Column(name = "rows_unchanged", nullable = false)
    private long unchanged;

    private String failure;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "heartbeat_at", nullable = false)
    private Instant heartbeatAt;

    @Column(nullable = false)
    private UUID runner;

    protected CustomerImport() {
    }

    CustomerImport(UUID id, ImportFormat format, ImportMode mode, boolean dryRun, String spoolFile, long sizeBytes,
            String requestedBy, Instant now) {
        this.id = id;
        this.format = format;
        this.mode = mode;
        this.dryRun = dryRun;
        this.status = ImportStatus.RUNNING;
        this.spoolFile = spoolFile;
        this.sizeBytes = sizeBytes;
        this.requestedBy = requestedBy;
        this.startedAt = now;
        this.heartbeatAt = now;
        this.runner = UUID.randomUUID();
    }

    /** Hands the import to a new runner (after a restart); the previous one, if still alive, stops. */
    UUID takeOver(Instant now) {
        runner = UUID.randomUUID();
        heartbeatAt = now;
        return runner;
    }

    /** Refuses a runner that was replaced, so that no chunk is written twice. */
    void checkRunBy(UUID expected) {
        if (status != ImportStatus.RUNNING || !runner.equals(expected)) {
            throw new ImportTakenOver(id);
        }
    }

    /** Counts a chunk: {@code rows} more records read, and where the file now stands; unchanged ones are updated too. */
    void advance(long rows, long createdRows, long updatedRows, long unchangedRows, long failedRows, long bytesNowRead,
            Instant now) {
        read += rows;
        created += createdRows;
        updated += updatedRows;
        unchanged += unchangedRows;
        failed += failedRows;
        bytesRead = bytesNowRead;
        heartbeatAt = now;
    }

    void complete(Instant now) {
        status = ImportStatus.COMPLETED;
        bytesRead = sizeBytes;
        finishedAt = now;
        heartbeatAt = now;
    }

    /** Stops the import for good: what is counted was written, nothing after it. */
    void fail(String reason, Instant now) {
        status = ImportStatus.FAILED;
        failure = reason.length() > 500 ? reason.substring(0, 500) : reason;
        finishedAt = now;
        heartbeatAt = now;
    }

    /** Rows per second since the start (until the end, once finished). */
    public double throughput(Instant now) {
        Instant until = finishedAt == null ? now : finishedAt;
        long millis = Math.max(1, Duration.between(startedAt, until).toMillis());
        return read * 1000.0 / millis;
    }

    /** Seconds left while running, from the share of the file read so far; empty before the first chunk. */
    public OptionalLong etaSeconds(Instant now) {
        if (status != ImportStatus.RUNNING || bytesRead == 0) {
            return OptionalLong.empty();
        }
        long elapsed = Duration.between(startedAt, now).toMillis();
        return OptionalLong.of(Math.round(elapsed * (double) (sizeBytes - bytesRead) / bytesRead / 1000.0));
    }

    public UUID id() {
        return id;
    }

    public UUID runner() {
        return runner;
    }

    public ImportFormat format() {
        return format;
    }

    public ImportMode mode() {
        return mode;
    }

    public boolean dryRun() {
        return dryRun;
    }

    public ImportStatus status() {
        return status;
    }

    public String spoolFile() {
        return spoolFile;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public long bytesRead() {
        return bytesRead;
    }

    public long read() {
        return read;
    }

    public long created() {
        return created;
    }

    public long updated() {
        return updated;
    }

    public long unchanged() {
        return unchanged;
    }

    public long failed() {
        return failed;
    }

    public String failure() {
        return failure;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
