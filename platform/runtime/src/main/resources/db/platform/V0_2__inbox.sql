-- Idempotent inbox (platform/runtime): one row per applied event, written in the transaction of its effect.
CREATE TABLE inbox_event (
    event_id    varchar(128) PRIMARY KEY,
    type        varchar(128) NOT NULL,
    source      varchar(256) NOT NULL,
    subject     varchar(64)  NOT NULL,
    received_at timestamptz  NOT NULL
);
