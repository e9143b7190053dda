package dev.tradebook.transaction.domain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tradebook.platform.runtime.persistence.JdbcTransactions;
import dev.tradebook.platform.runtime.problem.ResourceNotFound;

/**
 * The credit account of a customer taking a sales order, locked as {@link CreditAccounts#lockForDocument} locks it,
 * but read with plain JDBC: the order is written by {@link PlacedOrders} in one statement, so Hibernate's loading
 * and session would be work for nothing. The account it gives is not managed by Hibernate.
 */
@ApplicationScoped
public class OrderingAccounts {

    private static final String LOCK = """
            select customer_code, name, currency, status, credit_limit, exposure, customer_version,
                   credit_action_on_order, credit_action_on_invoice, document_defaults, deleted, manual_hold_reason,
                   hold_version, credit_limit_hold, past_due_hold, has_transactions, updated_at, version
            from credit_account where customer_code = ?
            for no key update""";

    // The plain mapper Hibernate reads and writes document_defaults with (mapping.format.global=ignore).
    private static final ObjectMapper COLUMN_JSON = new ObjectMapper().findAndRegisterModules();

    private final JdbcTransactions transactions;

    public OrderingAccounts(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    /**
     * Locked until the caller's transaction (JTA or plain JDBC) ends; 404 for an unknown customer, 422 for one closed
     * to documents.
     */
    CreditAccount lock(String customerCode) {
        CreditAccount account;
        try {
            account = transactions.onConnection(connection -> read(connection, customerCode));
        } catch (SQLException e) {
            throw new IllegalStateException("The credit account of " + customerCode + " could not be read", e);
        }
        if (account == null) {
            throw new ResourceNotFound("Customer", customerCode);
        }
        account.requireOpenForDocuments();
        return account;
    }

    private static CreditAccount read(Connection connection, String customerCode) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(LOCK)) {
            statement.setString(1, customerCode);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? CreditAccount.of(row, documentDefaults(row.getString("document_defaults"))) : null;
            }
        }
    }

    private static DocumentDefaultsCopy documentDefaults(String json) {
        try {
            return COLUMN_JSON.readValue(json, DocumentDefaultsCopy.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A credit account's document defaults could not be read", e);
        }
    }
}
