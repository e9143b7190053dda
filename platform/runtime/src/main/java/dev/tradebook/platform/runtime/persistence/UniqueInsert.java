package dev.tradebook.platform.runtime.persistence;

import java.sql.SQLException;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.hibernate.JDBCException;

import dev.tradebook.platform.runtime.problem.StateConflict;

/**
 * Inserts a row whose key the caller has just found free. Two requests racing for the same key both
 * find it free; the loser's insert then breaks the primary key, which is the same 409 as a key taken
 * before, not a 500.
 */
public final class UniqueInsert {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueInsert() {
    }

    public static <E> E persist(EntityManager entityManager, E entity, Supplier<StateConflict> taken) {
        try {
            entityManager.persist(entity);
            entityManager.flush();
            return entity;
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw taken.get();
            }
            throw e;
        }
    }

    /** Hibernate may hand the driver's refusal over wrapped; look for the SQL state along the causes. */
    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String state = cause instanceof JDBCException jdbc ? jdbc.getSQLState()
                    : cause instanceof SQLException sql ? sql.getSQLState() : null;
            if (UNIQUE_VIOLATION.equals(state)) {
                return true;
            }
        }
        return false;
    }
}
