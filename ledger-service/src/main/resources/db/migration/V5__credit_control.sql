-- Automatic credit control: the company's mode and thresholds, and each customer's automatic holds.
ALTER TABLE ledger_settings
    ADD COLUMN credit_control_mode    varchar(12)    NOT NULL DEFAULT 'NONE'
        CHECK (credit_control_mode IN ('NONE', 'CREDIT_LIMIT', 'PAST_DUE')),
    ADD COLUMN grace_days             integer        NOT NULL DEFAULT 0 CHECK (grace_days BETWEEN 0 AND 3650),
    -- In each customer's own currency: overdue residue below it holds no one.
    ADD COLUMN minimum_overdue_amount numeric(19, 4) NOT NULL DEFAULT 0 CHECK (minimum_overdue_amount >= 0);

ALTER TABLE customer_ledger
    ADD COLUMN held_for_credit_limit boolean NOT NULL DEFAULT false,
    ADD COLUMN held_for_past_due     boolean NOT NULL DEFAULT false;
