package dev.tradebook.transaction.domain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

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

    private final DataSource dataSource;

    public OrderingAccounts(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Locked until the caller's transaction ends; 404 for an unknown customer, 422 for one closed to documents. */
    @Transactional(Transactional.TxType.MANDATORY)
    CreditAccount lock(String customerCode) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(LOCK)) {
            statement.setString(1, customerCode);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new ResourceNotFound("Customer", customerCode);
                }
                CreditAccount account = CreditAccount.of(row,
                        COLUMN_JSON.readValue(row.getString("document_defaults"), DocumentDefaultsCopy.class));
                account.requireOpenForDocuments();
                return account;
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("The credit account of " + customerCode + " could not be read", e);
        }
    }
}
