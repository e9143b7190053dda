-- Test-only groups: the ordering tests link one customer to more groups than the two the ledger seeds.
INSERT INTO account_group (code, name, control_account) VALUES
    ('T1', 'Sundry Debtors — Test 1', '1191'),
    ('T2', 'Sundry Debtors — Test 2', '1192'),
    ('T3', 'Sundry Debtors — Test 3', '1193'),
    ('T4', 'Sundry Debtors — Test 4', '1194')
ON CONFLICT (code) DO NOTHING;
