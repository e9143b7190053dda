package dev.tradebook.platform.runtime.persistence;

/**
 * Thrown by {@link JdbcTransactions#requireJta()} in a plain transaction: the path needs Hibernate, so the plain
 * transaction is rolled back (nothing it wrote stays) and the caller runs the work again in a JTA transaction.
 */
public class JtaRequired extends RuntimeException {

    public JtaRequired() {
        super("This path needs a JTA transaction", null, false, false);
    }
}
