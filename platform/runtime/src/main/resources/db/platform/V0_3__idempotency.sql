-- Idempotency-Key records (platform/runtime). A key is scoped to caller, method and path; the response is
-- stored in the same transaction as the effect it reports, so a retry never repeats a committed effect.
CREATE TABLE idempotency_key (
    scope                 varchar(600) NOT NULL,
    idempotency_key       varchar(255) NOT NULL,
    request_hash          char(64)     NOT NULL,
    claim_token           uuid         NOT NULL,
    status                varchar(16)  NOT NULL CHECK (status IN ('IN_PROGRESS', 'COMPLETED')),
    response_status       integer,
    response_location     varchar(1000),
    response_content_type varchar(100),
    response_body         text,
    claimed_at            timestamptz  NOT NULL,
    completed_at          timestamptz,
    PRIMARY KEY (scope, idempotency_key)
);
