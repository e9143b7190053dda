package dev.tradebook.system.invariants;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/** The services' databases on one PostgreSQL server: {@code jdbcBase} + database name, one login for all. */
public record Databases(String jdbcBase, String user, String password) {

    /** Named as deploy/local creates them (PostgresServer.DATABASES). */
    public static final List<String> NAMES = List.of("customer", "ledger", "transaction", "gateway");

    public Databases {
        jdbcBase = jdbcBase.endsWith("/") ? jdbcBase : jdbcBase + "/";
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcBase + database, user, password);
    }

    /** A read-only REPEATABLE READ transaction: every query of it sees the same snapshot of the database. */
    public Connection snapshotOf(String database) throws SQLException {
        Connection connection = connect(database);
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        return connection;
    }
}
