-- Transactional outbox (platform/runtime). Column names follow Debezium's outbox event router, so the
-- relay can be swapped for Debezium: route.by.field=aggregatetype (holds the topic name),
-- route.topic.replacement set to the routed value itself, table.field.event.key=aggregateid (the customer code),
-- table.field.event.payload=payload (the whole CloudEvent).
CREATE TABLE outbox_event (
    id            uuid         PRIMARY KEY,
    seq           bigint       GENERATED ALWAYS AS IDENTITY UNIQUE,
    aggregatetype varchar(64)  NOT NULL,
    aggregateid   varchar(64)  NOT NULL,
    type          varchar(128) NOT NULL,
    payload       jsonb        NOT NULL,
    created_at    timestamptz  NOT NULL,
    sent_at       timestamptz
);

CREATE INDEX outbox_event_pending ON outbox_event (seq) WHERE sent_at IS NULL;
