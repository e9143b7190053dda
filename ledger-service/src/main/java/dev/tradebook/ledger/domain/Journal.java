package dev.tradebook.ledger.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** Posts balanced entries and moves the stored balance of every debtor account they touch, in one transaction. */
@ApplicationScoped
public class Journal {

    private final JournalEntryRepository entries;
    private final DebtorAccountRepository accounts;

    public Journal(JournalEntryRepository entries, DebtorAccountRepository accounts) {
        this.entries = entries;
        this.accounts = accounts;
    }

    @Transactional(TxType.MANDATORY)
    public JournalEntry post(JournalEntry entry) {
        entries.persist(entry);
        for (JournalLine line : entry.lines()) {
            if (line.debtorAccountId() != null) {
                accounts.findById(line.debtorAccountId()).post(line.signedAmount());
            }
        }
        return entry;
    }
}
