package dev.tradebook.platform.runtime.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The transaction a plain JDBC write joins: a JTA transaction, or a plain one, which is a pooled connection with
 * autocommit off, committed by hand. A request path that writes with plain JDBC only (no Hibernate session) may
 * run in a plain one: JTA's begin, enlisting and commit cost more of such a request's CPU than its statements.
 * A plain transaction is this thread's until it ends; a path that finds it needs Hibernate after all calls
 * {@link #requireJta()}, which rolls the plain transaction back so that the work can run again in JTA.
 */
@ApplicationScoped
public class JdbcTransactions {

    /** SQL run on the current transaction's connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T on(Connection connection) throws SQLException;
    }

    private static final ThreadLocal<Plain> PLAIN = new ThreadLocal<>();

    private final DataSource dataSource;
    private final TransactionSynchronizationRegistry jta;

    public JdbcTransactions(DataSource dataSource, TransactionSynchronizationRegistry jta) {
        this.dataSource = dataSource;
        this.jta = jta;
    }

    /**
     * Runs the work in a plain transaction: committed if it returns, rolled back if it throws. Outside JTA only:
     * Agroal then hands a connection of its own, not a transaction's.
     */
    public <T> T inPlainTransaction(Callable<T> work) throws Exception {
        if (PLAIN.get() != null || jta.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            throw new IllegalStateException("A plain transaction starts outside any other transaction");
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            Plain plain = new Plain(connection);
            PLAIN.set(plain);
            T result;
            try {
                result = work.call();
                connection.commit();
            } catch (Throwable failure) {
                try {
                    connection.rollback();
                } catch (SQLException notRolledBack) {
                    failure.addSuppressed(notRolledBack);
                }
                throw failure;
            } finally {
                PLAIN.remove();
                connection.setAutoCommit(true);
            }
            plain.afterCommit.values().forEach(Runnable::run);
            return result;
        }
    }

    /** Whether this thread runs a plain transaction. */
    public boolean plainTransactionActive() {
        return PLAIN.get() != null;
    }

    /** For a path that needs Hibernate: in a plain transaction it throws {@link JtaRequired}; in JTA nothing. */
    public void requireJta() {
        if (plainTransactionActive()) {
            throw new JtaRequired();
        }
    }

    /** The work on the connection of the current transaction, plain or JTA (as {@code TxType.MANDATORY}). */
    public <T> T onConnection(SqlWork<T> work) throws SQLException {
        Plain plain = PLAIN.get();
        if (plain != null) {
            return work.on(plain.connection);
        }
        if (jta.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            throw new IllegalStateException("Plain JDBC writes here join a transaction; none is active");
        }
        // Agroal hands the connection enlisted in the JTA transaction; closing it leaves it to the transaction.
        try (Connection connection = dataSource.getConnection()) {
            return work.on(connection);
        }
    }

    /** Runs the action once after the current transaction commits, however often it is asked for under the key. */
    public void afterCommit(Object key, Runnable action) {
        Plain plain = PLAIN.get();
        if (plain != null) {
            plain.afterCommit.putIfAbsent(key, action);
            return;
        }
        if (jta.getResource(key) != null) {
            return;
        }
        jta.putResource(key, Boolean.TRUE);
        jta.registerInterposedSynchronization(new AfterCommit(action));
    }

    private static final class Plain {
        private final Connection connection;
        private final Map<Object, Runnable> afterCommit = new LinkedHashMap<>();

        private Plain(Connection connection) {
            this.connection = connection;
        }
    }

    private record AfterCommit(Runnable action) implements Synchronization {
        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                action.run();
            }
        }
    }
}
