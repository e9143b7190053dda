-- The general ledger behind the debtor accounts: a chart of accounts, a double-entry journal whose entries
-- always balance and never change, the open items that postings leave, and postings that wait for an account.

CREATE TABLE gl_account (
    code varchar(20) COLLATE "C" PRIMARY KEY,
    name varchar(80) NOT NULL,
    kind varchar(10) NOT NULL CHECK (kind IN ('ASSET', 'LIABILITY', 'INCOME', 'EXPENSE'))
);

INSERT INTO gl_account (code, name, kind) VALUES
    ('1000', 'Cash and bank', 'ASSET'),
    ('1100', 'Sundry Debtors — Domestic (control)', 'ASSET'),
    ('1110', 'Sundry Debtors — Export (control)', 'ASSET'),
    ('2200', 'Sales tax payable', 'LIABILITY'),
    ('4000', 'Sales', 'INCOME'),
    ('4100', 'Sales returns', 'INCOME'),
    ('4200', 'Discounts allowed', 'EXPENSE'),
    ('6100', 'Bad debts written off', 'EXPENSE');

ALTER TABLE account_group
    ADD CONSTRAINT account_group_control_account_fk FOREIGN KEY (control_account) REFERENCES gl_account (code);

-- What the customer owes on one account, kept in step with its journal lines in the posting's transaction.
ALTER TABLE debtor_account ADD COLUMN balance numeric(19, 4) NOT NULL DEFAULT 0;

-- The ledger's copy of a customer: its currency, credit limit (0 = not checked), the account its documents
-- post to (the first of its groups the ledger knows) and how many postings it has had.
CREATE TABLE customer_ledger (
    customer_code      varchar(20)    COLLATE "C" PRIMARY KEY,
    currency           varchar(3)     NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    credit_limit       numeric(19, 4) NOT NULL DEFAULT 0 CHECK (credit_limit >= 0),
    posting_account_id uuid           NOT NULL REFERENCES debtor_account (id),
    posting_sequence   bigint         NOT NULL DEFAULT 0 CHECK (posting_sequence >= 0)
);

INSERT INTO customer_ledger (customer_code, currency, posting_account_id)
SELECT DISTINCT ON (customer_code) customer_code, currency, id
FROM debtor_account
ORDER BY customer_code, opened_at, group_code;

CREATE TABLE journal_entry (
    id              uuid         PRIMARY KEY,
    customer_code   varchar(20)  COLLATE "C" NOT NULL REFERENCES customer_ledger (customer_code),
    kind            varchar(20)  NOT NULL CHECK (kind IN ('INVOICE', 'CASH_SALE', 'CREDIT_NOTE', 'PAYMENT', 'REFUND',
                                                          'WRITE_OFF', 'REVERSAL')),
    source_document varchar(40)  NOT NULL,
    -- The event that caused the posting: the same event never posts twice, whatever the inbox says.
    source_event_id varchar(128) UNIQUE,
    currency        varchar(3)   NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    entry_date      date         NOT NULL,
    posted_at       timestamptz  NOT NULL,
    reverses        uuid         UNIQUE REFERENCES journal_entry (id)
);

CREATE INDEX journal_entry_customer ON journal_entry (customer_code, posted_at);

CREATE TABLE journal_line (
    id                bigint         GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entry_id          uuid           NOT NULL REFERENCES journal_entry (id),
    line_no           integer        NOT NULL CHECK (line_no > 0),
    account_code      varchar(20)    COLLATE "C" NOT NULL REFERENCES gl_account (code),
    -- Set when the line posts to a customer's debtor account (account_code is then its group's control account).
    debtor_account_id uuid           REFERENCES debtor_account (id),
    debit             numeric(19, 4) NOT NULL CHECK (debit >= 0),
    credit            numeric(19, 4) NOT NULL CHECK (credit >= 0),
    currency          varchar(3)     NOT NULL,
    CHECK ((debit > 0) <> (credit > 0)),
    UNIQUE (entry_id, line_no)
);

CREATE INDEX journal_line_debtor_account ON journal_line (debtor_account_id, entry_id) WHERE debtor_account_id IS NOT NULL;

-- Σ debit = Σ credit, at least two lines, one currency: checked at commit, once every line of the entry is in.
CREATE FUNCTION journal_entry_must_balance() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    entry        uuid;
    total_debit  numeric;
    total_credit numeric;
    lines        integer;
    currencies   integer;
BEGIN
    IF TG_TABLE_NAME = 'journal_entry' THEN
        entry := NEW.id;
    ELSE
        entry := NEW.entry_id;
    END IF;
    SELECT coalesce(sum(l.debit), 0), coalesce(sum(l.credit), 0), count(l.id),
           count(DISTINCT l.currency) + count(*) FILTER (WHERE l.currency <> e.currency)
      INTO total_debit, total_credit, lines, currencies
      FROM journal_entry e LEFT JOIN journal_line l ON l.entry_id = e.id
     WHERE e.id = entry
     GROUP BY e.id;
    IF lines < 2 OR total_debit <> total_credit OR currencies <> 1 THEN
        RAISE EXCEPTION 'journal entry % does not balance: % lines, debit %, credit %', entry, lines, total_debit, total_credit
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER journal_entry_balanced AFTER INSERT ON journal_entry
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION journal_entry_must_balance();
CREATE CONSTRAINT TRIGGER journal_line_balanced AFTER INSERT ON journal_line
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION journal_entry_must_balance();

-- A posted entry is never changed: a correction is a reversing entry.
CREATE FUNCTION journal_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is immutable: post a reversing entry instead', TG_TABLE_NAME
        USING ERRCODE = 'integrity_constraint_violation';
END
$$;

CREATE TRIGGER journal_entry_immutable BEFORE UPDATE OR DELETE ON journal_entry
    FOR EACH ROW EXECUTE FUNCTION journal_is_immutable();
CREATE TRIGGER journal_line_immutable BEFORE UPDATE OR DELETE ON journal_line
    FOR EACH ROW EXECUTE FUNCTION journal_is_immutable();

-- A sales document that arrived before its customer's account: it waits here, in order, and posts when the
-- account opens. A refused one (say, in another currency) stays with the reason, for an operator.
CREATE TABLE pending_posting (
    id            bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_code varchar(20)  COLLATE "C" NOT NULL,
    event_id      varchar(128) NOT NULL UNIQUE,
    event         text         NOT NULL,
    received_at   timestamptz  NOT NULL,
    refusal       varchar(500)
);

CREATE INDEX pending_posting_waiting ON pending_posting (customer_code, id) WHERE refusal IS NULL;
