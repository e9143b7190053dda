package dev.tradebook.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * PostgreSQL 17 from the Maven Central binaries the tests use, with its data directory kept under
 * the stack's home; or an external server named by {@code TRADEBOOK_DATABASE_URL}. Either way the
 * services' databases are created when missing.
 */
public class PostgresServer implements AutoCloseable {

    public static final List<String> DATABASES = List.of("customer", "ledger", "transaction", "gateway");

    private final Database database;
    private final EmbeddedPostgres embedded;

    private PostgresServer(Database database, EmbeddedPostgres embedded) {
        this.database = database;
        this.embedded = embedded;
    }

    public static PostgresServer embedded(StackLayout layout, int port) {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(layout.postgresData())
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("max_connections", "300")
                    .start();
            PostgresServer server = new PostgresServer(new Database("jdbc:postgresql://localhost:" + port, "postgres", ""),
                    postgres);
            server.createDatabases();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL in " + layout.postgresData(), e);
        }
    }

    public static PostgresServer external(Database database) {
        PostgresServer server = new PostgresServer(database, null);
        server.createDatabases();
        return server;
    }

    public Database database() {
        return database;
    }

    private void createDatabases() {
        try (Connection connection = DriverManager.getConnection(database.url("postgres"), database.username(),
                database.password());
                Statement statement = connection.createStatement()) {
            for (String name : DATABASES) {
                try (ResultSet exists = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                    if (exists.next()) {
                        continue;
                    }
                }
                statement.execute("create database " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the services' databases at " + database.urlPrefix(), e);
        }
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
