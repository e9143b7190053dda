-- Bulk imports of customers (POST /api/v1/customer-imports). The body is spooled to a file first; the import
-- then runs in chunks, each one transaction with its customers, their events and the figures below, so that
-- "position" (records of the file consumed) is always exactly what is in the database.
CREATE TABLE customer_import (
    id              uuid         PRIMARY KEY,
    format          varchar(6)   NOT NULL CHECK (format IN ('CSV', 'NDJSON')),
    mode            varchar(6)   NOT NULL CHECK (mode IN ('CREATE', 'UPSERT')),
    dry_run         boolean      NOT NULL,
    status          varchar(9)   NOT NULL CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED')),
    spool_file      varchar(500) NOT NULL,
    size_bytes      bigint       NOT NULL CHECK (size_bytes >= 0),
    bytes_read      bigint       NOT NULL DEFAULT 0 CHECK (bytes_read >= 0),
    rows_read       bigint       NOT NULL DEFAULT 0,
    rows_created    bigint       NOT NULL DEFAULT 0,
    rows_updated    bigint       NOT NULL DEFAULT 0,
    rows_failed     bigint       NOT NULL DEFAULT 0,
    -- Of the updated rows, those equal to the customer as stored: no new version, no event.
    rows_unchanged  bigint       NOT NULL DEFAULT 0 CHECK (rows_unchanged <= rows_updated),
    failure         varchar(500),
    requested_by    varchar(100) NOT NULL,
    started_at      timestamptz  NOT NULL,
    finished_at     timestamptz,
    -- Written with every chunk: a RUNNING import whose heartbeat is old lost its runner (a restart) and is resumed.
    heartbeat_at    timestamptz  NOT NULL,
    -- Who runs it now: a runner that finds another one here stops (the import was resumed elsewhere).
    runner          uuid         NOT NULL,
    CONSTRAINT customer_import_figures_add_up CHECK (rows_read = rows_created + rows_updated + rows_failed),
    CONSTRAINT customer_import_finished CHECK ((status = 'RUNNING') = (finished_at IS NULL))
);

CREATE INDEX customer_import_running ON customer_import (heartbeat_at) WHERE status = 'RUNNING';

-- Why each failed row failed: one entry per refused field (field NULL when the whole row is refused).
CREATE TABLE customer_import_error (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    import_id   uuid          NOT NULL REFERENCES customer_import (id),
    line        bigint        NOT NULL CHECK (line > 0),
    field       varchar(200),
    message     varchar(1000) NOT NULL
);

CREATE INDEX customer_import_error_by_line ON customer_import_error (import_id, line, id);
