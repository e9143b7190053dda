package dev.tradebook.transaction.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;

/** Counts what the service stored, to prove that a refused request wrote nothing. */
@ApplicationScoped
public class Rows {

    private final AgroalDataSource database;

    public Rows(AgroalDataSource database) {
        this.database = database;
    }

    /** Rows of the customer's sales orders, their revisions and lines, and outbox events about it. */
    public long ofCustomer(String customer) throws SQLException {
        return count("select count(*) from sales_order where customer_code = ?", customer)
                + count("select count(*) from sales_order_revision r join sales_order o on o.number = r.order_number"
                        + " where o.customer_code = ?", customer)
                + count("select count(*) from outbox_event where aggregateid = ?", customer);
    }

    /** Moves an invoice back in time, as if issued {@code days} ago with its due date moved alike. */
    public void backdateInvoice(String number, int days) throws SQLException {
        update("update invoice set invoice_date = invoice_date - ?, due_date = due_date - ? where number = ?", number, days);
    }

    /** Moves a quote back in time, as if made {@code days} ago and valid until as many days earlier. */
    public void backdateQuote(String number, int days) throws SQLException {
        update("update quote set document_date = document_date - ?, valid_until = valid_until - ? where number = ?",
                number, days);
    }

    private void update(String sql, String number, int days) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, days);
            statement.setInt(2, days);
            statement.setString(3, number);
            statement.executeUpdate();
        }
    }

    public long count(String sql, String parameter) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
