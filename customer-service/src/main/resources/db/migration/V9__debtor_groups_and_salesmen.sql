-- Two more code lists a customer picks from: the debtor account groups (DAG) its receivables are booked
-- under in the ledger, and the salesmen (SM) who look after it. Both are reference codes like the others:
-- never deleted, deactivated by sales-admin.
ALTER TABLE reference_code DROP CONSTRAINT reference_code_type_check;
ALTER TABLE reference_code ADD CONSTRAINT reference_code_type_check
    CHECK (type IN ('OD', 'BT', 'SR', 'PY', 'MOD', 'ST', 'AT', 'DAG', 'SM'));

-- The groups ledger-service keeps debtor accounts in.
INSERT INTO reference_code (type, code, description, active, net_days, version) VALUES
    ('DAG', 'DOM', 'Sundry Debtors — Domestic', true, NULL, 0),
    ('DAG', 'EXP', 'Sundry Debtors — Export', true, NULL, 0),
    ('SM', 'ANIL-KUMAR', 'Anil Kumar', true, NULL, 0),
    ('SM', 'NEHA-JOSHI', 'Neha Joshi', true, NULL, 0),
    ('SM', 'RAHUL-VERMA', 'Rahul Verma', true, NULL, 0),
    ('SM', 'SUNITA-RAO', 'Sunita Rao', true, NULL, 0);

-- A customer's debtor account groups are DAG codes, checked by the database as well: the group's type is a
-- constant column, so that the pair can reference the code list.
ALTER TABLE customer_debtor_account_group
    ADD COLUMN group_type varchar(3) NOT NULL GENERATED ALWAYS AS ('DAG') STORED,
    ADD CONSTRAINT customer_debtor_account_group_known FOREIGN KEY (group_type, group_code)
        REFERENCES reference_code (type, code);
