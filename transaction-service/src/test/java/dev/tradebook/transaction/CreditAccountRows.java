package dev.tradebook.transaction;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;

/** Reads what the service stored, for facts the API does not show (the copied name and version, the inbox). */
@ApplicationScoped
public class CreditAccountRows {

    public record Row(String name, String currency, String status, BigDecimal creditLimit, long customerVersion) {
    }

    private final AgroalDataSource database;

    public CreditAccountRows(AgroalDataSource database) {
        this.database = database;
    }

    public Optional<Row> find(String customerCode) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select name, currency, status, credit_limit, customer_version from credit_account where customer_code = ?")) {
            statement.setString(1, customerCode);
            try (ResultSet result = statement.executeQuery()) {
                return result.next()
                        ? Optional.of(new Row(result.getString(1), result.getString(2), result.getString(3),
                                result.getBigDecimal(4), result.getLong(5)))
                        : Optional.empty();
            }
        }
    }

    /** The version of the copy, or -1 while the customer is unknown: handy to await a version. */
    public long customerVersion(String customerCode) throws SQLException {
        return find(customerCode).map(Row::customerVersion).orElse(-1L);
    }

    /** Ids of the customer's events in the order the inbox recorded them, i.e. the order they were applied. */
    public List<String> inboxIdsInOrder(String customerCode) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select event_id from inbox_event where subject = ? order by received_at")) {
            statement.setString(1, customerCode);
            try (ResultSet result = statement.executeQuery()) {
                List<String> ids = new ArrayList<>();
                while (result.next()) {
                    ids.add(result.getString(1));
                }
                return ids;
            }
        }
    }
}
