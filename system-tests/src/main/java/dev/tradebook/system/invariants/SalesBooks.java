package dev.tradebook.system.invariants;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** transaction-service's figures: the documents it issued that the ledger posts, and each customer's credit copy. */
public record SalesBooks(List<IssuedDocument> documents, List<CreditAccount> accounts) {

    public Map<String, CreditAccount> accountsByCode() {
        return accounts.stream().collect(Collectors.toMap(CreditAccount::code, Function.identity()));
    }

    /** An invoice, credit note, cash sale, payment or refund; {@code kind} is the ledger's entry kind for it. */
    public record IssuedDocument(String kind, String number, String customer) {
    }

    /**
     * A customer's exposure and its part from approved orders not yet invoiced; the holds as this service
     * copied them (manual from customer events, automatic from ledger events).
     */
    public record CreditAccount(String code, BigDecimal exposure, BigDecimal openOrders, boolean manualHold,
            boolean creditLimitHold, boolean pastDueHold) {
    }
}
