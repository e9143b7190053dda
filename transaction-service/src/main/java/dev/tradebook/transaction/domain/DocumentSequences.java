package dev.tradebook.transaction.domain;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import dev.tradebook.platform.runtime.persistence.JdbcTransactions;
import dev.tradebook.platform.runtime.problem.ResourceNotFound;
import dev.tradebook.platform.runtime.version.ExpectedVersions;

/**
 * Hands out reference numbers and lets sales-admin change the prefix or skip ahead. The numbers of a type come
 * from its own PostgreSQL sequence (V8): taking one locks nothing other documents wait for. A number taken by a
 * document that is then rolled back is skipped, never handed out again.
 */
@ApplicationScoped
public class DocumentSequences {

    private final EntityManager entityManager;
    private final JdbcTransactions transactions;

    public DocumentSequences(EntityManager entityManager, JdbcTransactions transactions) {
        this.entityManager = entityManager;
        this.transactions = transactions;
    }

    /**
     * The next reference of the type, for a document of the caller's transaction (JTA or plain JDBC). Plain JDBC on
     * the transaction's connection: it is one short read on every document, where Hibernate's native query cost a
     * query plan.
     */
    public String take(DocumentType type) {
        String sql = "select prefix, nextval('" + sequenceOf(type) + "') from document_sequence where document_type = ?";
        String number;
        try {
            number = transactions.onConnection(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setString(1, type.name());
                    try (ResultSet row = statement.executeQuery()) {
                        return row.next() ? DocumentSequence.format(row.getString(1), row.getLong(2)) : null;
                    }
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException("No number could be taken for " + type, e);
        }
        if (number == null) {
            throw new ResourceNotFound("Document type", type.name());
        }
        return number;
    }

    @Transactional
    public SequencePosition get(DocumentType type) {
        DocumentSequence sequence = sequence(type, LockModeType.NONE);
        return new SequencePosition(type, sequence.prefix(), next(type), sequence.version());
    }

    /**
     * 412 unless the sequence is still at a version the caller read; 422 below a number that may be in use.
     * ALTER SEQUENCE takes a lock that waits for every transaction that took a number and holds back new ones,
     * so the next number read after it is final until this transaction sets the new one.
     */
    @Transactional
    public SequencePosition revise(DocumentType type, String prefix, long nextNumber, ExpectedVersions expected) {
        DocumentSequence sequence = sequence(type, LockModeType.PESSIMISTIC_WRITE);
        expected.check("The sequence of " + type, sequence.version());
        // A new next number alone changes no column: the version must still move, or the old ETag would match.
        entityManager.lock(sequence, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        entityManager.createNativeQuery("alter sequence " + sequenceOf(type) + " no cycle").executeUpdate();
        sequence.revise(prefix, next(type), nextNumber);
        entityManager.createNativeQuery("select setval('" + sequenceOf(type) + "', :next, false)")
                .setParameter("next", nextNumber).getSingleResult();
        return new SequencePosition(type, sequence.prefix(), nextNumber, sequence.version());
    }

    private DocumentSequence sequence(DocumentType type, LockModeType lock) {
        DocumentSequence sequence = entityManager.find(DocumentSequence.class, type, lock);
        if (sequence == null) {
            throw new ResourceNotFound("Document type", type.name());
        }
        return sequence;
    }

    private long next(DocumentType type) {
        return ((Number) entityManager.createNativeQuery("select case when is_called then last_value + 1"
                + " else last_value end from " + sequenceOf(type)).getSingleResult()).longValue();
    }

    /** From the enum, never from input: safe to name in SQL. */
    private static String sequenceOf(DocumentType type) {
        return "document_number_" + type.name().toLowerCase(Locale.ROOT);
    }
}
