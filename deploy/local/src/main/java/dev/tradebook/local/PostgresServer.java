package dev.tradebook.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * PostgreSQL 17 from the Maven Central binaries the tests use, with its data directory kept under
 * the stack's home; or an external server named by {@code TRADEBOOK_DATABASE_URL}. Either way the
 * services' databases are created when missing.
 */
public class PostgresServer implements AutoCloseable {

    public static final List<String> DATABASES = List.of("customer", "ledger", "transaction", "gateway");

    private static final Pattern OPTION = Pattern.compile("\"([^\"]*)\"|(\\S+)");

    private static final Path UNSHARE = Path.of("/usr/bin/unshare");

    private final Database database;
    private final EmbeddedPostgres embedded;
    private final StackLayout layout;
    private ChildProcess restarted;

    private PostgresServer(Database database, EmbeddedPostgres embedded, StackLayout layout) {
        this.database = database;
        this.embedded = embedded;
        this.layout = layout;
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
                    postgres, layout);
            server.createDatabases();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL in " + layout.postgresData(), e);
        }
    }

    public static PostgresServer external(Database database) {
        PostgresServer server = new PostgresServer(database, null, null);
        server.createDatabases();
        return server;
    }

    public Database database() {
        return database;
    }

    /**
     * A restart of the embedded server on the same data and port: a fast shutdown (open sessions are cut, in-flight
     * transactions roll back, as in a failover), then the same command line again ({@code postmaster.opts}).
     */
    public synchronized void restart() {
        if (embedded == null) {
            throw new IllegalStateException("an external PostgreSQL is not the stack's to restart");
        }
        Path data = layout.postgresData();
        try {
            long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
            List<String> command = options(Files.readString(data.resolve("postmaster.opts")));
            ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no postmaster " + pid));
            if (new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor() != 0) {
                throw new IllegalStateException("cannot signal the postmaster " + pid);
            }
            postmaster.onExit().get(60, TimeUnit.SECONDS);
            restarted = new ChildProcess("postgres", command, Map.of(), layout.home(), layout);
            restarted.start();
            Readiness.await("PostgreSQL", this::acceptsConnections, Duration.ofSeconds(60), restarted);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restart PostgreSQL in " + data, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the postmaster did not stop within 60 s", e);
        }
    }

    /**
     * The postmaster's command line; in a user namespace of its own ({@code unshare -U}) where that is available, as
     * zonky starts it, since PostgreSQL refuses to run as root.
     */
    private static List<String> options(String postmasterOpts) {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(UNSHARE)) {
            command.addAll(List.of(UNSHARE.toString(), "-U"));
        }
        Matcher option = OPTION.matcher(postmasterOpts);
        while (option.find()) {
            command.add(option.group(1) != null ? option.group(1) : option.group(2));
        }
        return command;
    }

    private boolean acceptsConnections() {
        try (Connection connection = DriverManager.getConnection(database.url("postgres"), database.username(),
                database.password())) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
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
    public synchronized void close() {
        if (restarted != null) {
            restarted.stop(Duration.ofSeconds(30));
        }
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
