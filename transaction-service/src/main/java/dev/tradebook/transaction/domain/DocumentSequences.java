package dev.tradebook.transaction.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/** Hands out reference numbers and lets sales-admin change the prefix or skip ahead. */
@ApplicationScoped
public class DocumentSequences {

    private final EntityManager entityManager;

    public DocumentSequences(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The next number of the type, in the caller's transaction. The update locks the sequence row until
     * that transaction ends, so concurrent documents wait for each other and never share a number; a
     * rolled-back document gives its number back without it ever having been seen.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String take(DocumentType type) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                update document_sequence set next_number = next_number + 1, version = version + 1
                where document_type = :type
                returning prefix, next_number - 1""")
                .setParameter("type", type.name())
                .getSingleResult();
        return DocumentSequence.format((String) row[0], ((Number) row[1]).longValue());
    }

    public DocumentSequence get(DocumentType type) {
        return entityManager.find(DocumentSequence.class, type);
    }

    @Transactional
    public DocumentSequence revise(DocumentType type, String prefix, long nextNumber) {
        DocumentSequence sequence = entityManager.find(DocumentSequence.class, type, LockModeType.PESSIMISTIC_WRITE);
        sequence.revise(prefix, nextNumber);
        return sequence;
    }
}
