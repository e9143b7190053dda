package dev.tradebook.system.invariants;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.tradebook.system.invariants.LedgerBooks.EntryTotals;
import dev.tradebook.system.invariants.SalesBooks.IssuedDocument;

/**
 * Every invoice, credit note, cash sale, payment and refund transaction-service issued is posted exactly once in
 * the ledger, and the ledger posted no such document that transaction-service does not have. A document is named
 * by its kind and number; write-offs and reversals are the ledger's own entries and take no part.
 */
public final class DocumentsPostedOnce implements Rule {

    static final Set<String> SALES_KINDS = Set.of("INVOICE", "CASH_SALE", "CREDIT_NOTE", "PAYMENT", "REFUND");

    @Override
    public List<Violation> check(Snapshot snapshot) {
        Map<String, IssuedDocument> issued = snapshot.sales().documents().stream()
                .collect(Collectors.toMap(DocumentsPostedOnce::key, Function.identity(), (a, b) -> a, TreeMap::new));
        Map<String, List<EntryTotals>> posted = snapshot.ledger().entries().stream()
                .filter(entry -> SALES_KINDS.contains(entry.kind()))
                .collect(Collectors.groupingBy(entry -> entry.kind() + " " + entry.document(), TreeMap::new,
                        Collectors.toList()));
        List<Violation> violations = new ArrayList<>();
        issued.forEach((key, document) -> {
            List<EntryTotals> entries = posted.getOrDefault(key, List.of());
            if (entries.isEmpty()) {
                violations.add(new Violation(name(), key + " was issued but never posted", document.number(),
                        document.customer()));
            } else if (entries.size() > 1) {
                violations.add(new Violation(name(), key + " was posted " + entries.size() + " times",
                        entries.stream().map(entry -> entry.id().toString()).toList()));
            }
        });
        posted.forEach((key, entries) -> {
            if (!issued.containsKey(key)) {
                violations.add(new Violation(name(), key + " was posted but transaction-service never issued it",
                        entries.stream().map(entry -> entry.id().toString()).toList()));
            }
        });
        return violations;
    }

    private static String key(IssuedDocument document) {
        return document.kind() + " " + document.number();
    }
}
