-- Test-only groups: the ordering tests link one customer to more groups than the two the ledger seeds.
INSERT INTO gl_account (code, name, kind) VALUES
    ('1191', 'Sundry Debtors — Test 1 (control)', 'ASSET'),
    ('1192', 'Sundry Debtors — Test 2 (control)', 'ASSET'),
    ('1193', 'Sundry Debtors — Test 3 (control)', 'ASSET'),
    ('1194', 'Sundry Debtors — Test 4 (control)', 'ASSET')
ON CONFLICT (code) DO NOTHING;

INSERT INTO account_group (code, name, control_account) VALUES
    ('T1', 'Sundry Debtors — Test 1', '1191'),
    ('T2', 'Sundry Debtors — Test 2', '1192'),
    ('T3', 'Sundry Debtors — Test 3', '1193'),
    ('T4', 'Sundry Debtors — Test 4', '1194')
ON CONFLICT (code) DO NOTHING;
