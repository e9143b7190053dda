-- Why accounts posted an entry by hand (a write-off's reason, a reversal's), shown with the entry.
ALTER TABLE journal_entry ADD COLUMN memo varchar(200);

-- A reversal leaves an item on the side opposite to the one it reverses: a reversed invoice leaves a credit
-- (settling what is still owed on it), a reversed payment leaves a debit (the customer owes again).
ALTER TABLE open_item DROP CONSTRAINT open_item_kind_check;
ALTER TABLE open_item ADD CONSTRAINT open_item_kind_check
    CHECK (kind IN ('INVOICE', 'REFUND', 'CREDIT_NOTE', 'PAYMENT', 'WRITE_OFF', 'REVERSAL_DEBIT', 'REVERSAL_CREDIT'));
