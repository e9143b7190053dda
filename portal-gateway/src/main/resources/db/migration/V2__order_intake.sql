-- The order intake's memory: the first result of each e-commerce order, by its channel and the shop's order id,
-- so that an order pushed again is answered with that result and never placed twice. It holds no business
-- data of its own: the order and the customer live in transaction-service and customer-service.
CREATE TABLE order_intake (
    channel           varchar(40)  NOT NULL CHECK (length(btrim(channel)) > 0),
    external_order_id varchar(100) NOT NULL CHECK (length(btrim(external_order_id)) > 0),
    outcome           varchar(8)   NOT NULL CHECK (outcome IN ('CREATED', 'REFUSED')),
    order_number      varchar(30),
    customer_code     varchar(20),
    problem           jsonb,
    recorded_at       timestamptz  NOT NULL,
    PRIMARY KEY (channel, external_order_id),
    -- A created order has its number and customer; a refused one the problem the service gave.
    CONSTRAINT order_intake_result CHECK (
        (outcome = 'CREATED' AND order_number IS NOT NULL AND customer_code IS NOT NULL AND problem IS NULL)
        OR (outcome = 'REFUSED' AND order_number IS NULL AND problem IS NOT NULL))
);
