package dev.tradebook.system.invariants;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.UUID;

/** ledger-service's figures: journal entries summed, debtor accounts, customers and credit control. */
public record LedgerBooks(List<EntryTotals> entries, List<AccountTotals> accounts, List<LedgerCustomer> customers,
        CreditRules rules) {

    public Map<String, LedgerCustomer> customersByCode() {
        return customers.stream().collect(Collectors.toMap(LedgerCustomer::code, Function.identity()));
    }

    /** One journal entry with the sums of its lines. */
    public record EntryTotals(UUID id, String customer, String kind, String document, BigDecimal debit,
            BigDecimal credit) {
    }

    /**
     * One debtor account: its stored balance, Σ (debit − credit) of its journal lines, and Σ outstanding debit
     * items − Σ outstanding credit items of its open items.
     */
    public record AccountTotals(UUID id, String customer, BigDecimal stored, BigDecimal journal, BigDecimal openItems) {
    }

    /**
     * The ledger's copy of a customer: its limit, balance (Σ of its accounts' stored balances), what is overdue
     * beyond the grace days as of today, and its automatic holds.
     */
    public record LedgerCustomer(String code, BigDecimal creditLimit, BigDecimal balance, BigDecimal overdue,
            boolean heldForCreditLimit, boolean heldForPastDue) {
    }
}
