package dev.tradebook.customer.reference.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Answers read once per transaction. An import writes hundreds of customers in one transaction, each naming the
 * same few codes, cities and captions: asking the database again for every customer was most of its round trips.
 * Within one transaction the answer cannot go stale for a reason the customer rules care about; outside one
 * every call reads afresh.
 */
@ApplicationScoped
public class PerTransaction {

    private static final Object ANSWERS = new Object();

    private final TransactionSynchronizationRegistry transactions;

    public PerTransaction(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /** What {@code read} answers for {@code question}, read at its first asking in the current transaction. */
    @SuppressWarnings("unchecked")
    public <T> T answer(Object question, Supplier<T> read) {
        if (transactions.getTransactionKey() == null) {
            return read.get();
        }
        Map<Object, Object> answers = (Map<Object, Object>) transactions.getResource(ANSWERS);
        if (answers == null) {
            answers = new HashMap<>();
            transactions.putResource(ANSWERS, answers);
        }
        if (!answers.containsKey(question)) {
            answers.put(question, read.get());
        }
        return (T) answers.get(question);
    }
}
