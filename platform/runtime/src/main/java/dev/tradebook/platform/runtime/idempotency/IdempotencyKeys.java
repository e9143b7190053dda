package dev.tradebook.platform.runtime.idempotency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import dev.tradebook.platform.runtime.persistence.JdbcTransactions;
import dev.tradebook.platform.runtime.problem.StateConflict;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** The idempotency_key table: claims, completions and releases of keys. */
@ApplicationScoped
public class IdempotencyKeys {

    private static final String CLAIM = """
            insert into idempotency_key (scope, idempotency_key, request_hash, claim_token, status, claimed_at)
            values (?, ?, ?, ?, 'IN_PROGRESS', ?)
            on conflict (scope, idempotency_key) do nothing""";
    private static final String COMPLETE = """
            update idempotency_key
            set status = 'COMPLETED', response_status = ?, response_location = ?, response_content_type = ?,
                response_body = ?, completed_at = ?
            where scope = ? and idempotency_key = ? and claim_token = ? and status = 'IN_PROGRESS'""";

    private final EntityManager entityManager;
    private final DataSource dataSource;
    private final Clock clock;
    private final IdempotencySettings settings;
    private final JdbcTransactions transactions;

    public IdempotencyKeys(EntityManager entityManager, DataSource dataSource, Clock clock,
            IdempotencySettings settings, JdbcTransactions transactions) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
        this.clock = clock;
        this.settings = settings;
        this.transactions = transactions;
    }

    /**
     * Commits at once, so that a concurrent request with the same key sees the claim. The claim of a new key, on
     * every creating POST, is one autocommit insert on a connection of its own: a JTA transaction around it (begin,
     * enlist, two-phase bookkeeping, commit) cost more than the insert. A key already in the table, or a caller
     * inside a transaction, goes the transactional way.
     */
    public Claim claim(String scope, String key, String requestHash) {
        if (!QuarkusTransaction.isActive()) {
            UUID token = UUID.randomUUID();
            if (execute(CLAIM, scope, key, requestHash, token, clock.instant().atOffset(ZoneOffset.UTC)) == 1) {
                return new Claim.Granted(token);
            }
        }
        return QuarkusTransaction.requiringNew().call(() -> claimInTransaction(scope, key, requestHash));
    }

    private Claim claimInTransaction(String scope, String key, String requestHash) {
        UUID token = UUID.randomUUID();
        Instant now = clock.instant();
        int inserted = execute(CLAIM, scope, key, requestHash, token, now.atOffset(ZoneOffset.UTC));
        if (inserted == 1) {
            return new Claim.Granted(token);
        }
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                select request_hash, status, claimed_at, response_status, response_location,
                       response_content_type, response_body
                from idempotency_key where scope = :scope and idempotency_key = :key for update""")
                .setParameter("scope", scope).setParameter("key", key)
                .getSingleResult();
        if (!requestHash.equals(row[0])) {
            return new Claim.Mismatch();
        }
        if ("COMPLETED".equals(row[1])) {
            return new Claim.Replay(new StoredResponse(((Number) row[3]).intValue(), (String) row[4], (String) row[5],
                    (String) row[6]));
        }
        if (((Instant) row[2]).plus(settings.lease()).isBefore(now)) {
            entityManager.createNativeQuery("""
                    update idempotency_key set claim_token = :token, claimed_at = :now
                    where scope = :scope and idempotency_key = :key""")
                    .setParameter("token", token).setParameter("now", now)
                    .setParameter("scope", scope).setParameter("key", key)
                    .executeUpdate();
            return new Claim.Granted(token);
        }
        return new Claim.InProgress();
    }

    /** Runs in the transaction of the request's effect (JTA or plain JDBC): both commit, or neither. */
    public void complete(String scope, String key, UUID token, StoredResponse response) {
        if (!transactions.plainTransactionActive()) {
            // Hibernate's pending changes first, as before a native statement: a failing one fails here, not at
            // commit. A plain transaction has no Hibernate session.
            entityManager.flush();
        }
        int updated;
        try {
            updated = transactions.onConnection(connection -> execute(connection, COMPLETE, response.status(),
                    response.location(), response.contentType(), response.body(),
                    clock.instant().atOffset(ZoneOffset.UTC), scope, key, token));
        } catch (SQLException e) {
            throw new IllegalStateException("The idempotency_key table could not be written", e);
        }
        if (updated == 0) {
            throw new StateConflict("idempotency-key-in-progress",
                    "Another request took over this Idempotency-Key; nothing was changed by this one");
        }
    }

    /**
     * On the JTA transaction's connection (the same one Hibernate uses), or outside a transaction on an autocommit
     * one of its own: the count of rows changed.
     */
    private int execute(String sql, Object... values) {
        try (Connection connection = dataSource.getConnection()) {
            return execute(connection, sql, values);
        } catch (SQLException e) {
            throw new IllegalStateException("The idempotency_key table could not be written", e);
        }
    }

    private static int execute(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            return statement.executeUpdate();
        }
    }

    /** After a failed request: nothing was committed, so a retry with the same key may run again. */
    @Transactional(TxType.REQUIRES_NEW)
    public void release(String scope, String key, UUID token) {
        entityManager.createNativeQuery("""
                delete from idempotency_key
                where scope = :scope and idempotency_key = :key and claim_token = :token and status = 'IN_PROGRESS'""")
                .setParameter("scope", scope).setParameter("key", key).setParameter("token", token)
                .executeUpdate();
    }
}
