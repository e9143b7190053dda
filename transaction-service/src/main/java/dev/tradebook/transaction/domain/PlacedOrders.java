package dev.tradebook.transaction.domain;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;

import dev.tradebook.platform.runtime.outbox.OutboxEntry;
import dev.tradebook.platform.runtime.persistence.JdbcTransactions;
import dev.tradebook.platform.runtime.persistence.UniqueInsert;
import dev.tradebook.platform.runtime.problem.StateConflict;

/**
 * Books a new sales order: the order, its revision 0 and its lines, its event in the outbox and the customer's new
 * exposure, in one statement on the transaction's connection. Hibernate's flush of the same rows took eight
 * statements and most of the service's CPU for an order. The credit account, read and locked by
 * {@link OrderingAccounts} outside Hibernate's session, is written here.
 */
@ApplicationScoped
public class PlacedOrders {

    // The account's document defaults are copied row to row: the same JSON, not serialised again. The account's
    // version moves with every order (a PENDING one too): nothing outside this service sees it.
    private static final String BOOK = """
            with placed as (
                insert into sales_order (number, customer_code, customer_name, currency, status, order_date,
                    document_defaults, revision, net, tax, total, invoiced, created_by, created_at, approved_by,
                    approved_at, quote, imported_from_cart, cart_mapping, imported_on, version)
                select ?, a.customer_code, ?, ?, ?, ?, a.document_defaults, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0
                from credit_account a where a.customer_code = ?
                returning number),
            revision as (
                insert into sales_order_revision (order_number, revision, net, tax, total, created_by, created_at)
                select number, 0, ?, ?, ?, ?, ? from placed
                returning id),
            lines as (
                insert into sales_order_line (revision_id, line_no, sku, description, quantity, unit_price,
                    discount_percent, tax_rate, net, tax, total)
                select revision.id, line.no - 1, line.sku, line.description, line.quantity, line.unit_price,
                    line.discount_percent, line.tax_rate, line.net, line.tax, line.total
                from revision, unnest(?::text[], ?::text[], ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[],
                    ?::numeric[], ?::numeric[], ?::numeric[]) with ordinality
                    as line (sku, description, quantity, unit_price, discount_percent, tax_rate, net, tax, total, no)),
            event as (
                insert into outbox_event (id, aggregatetype, aggregateid, type, payload, created_at)
                values (?, ?, ?, ?, ?::jsonb, ?))
            update credit_account set exposure = ?, has_transactions = ?, version = version + 1
            where customer_code = ? and version = ?""";

    private final JdbcTransactions transactions;

    public PlacedOrders(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    /**
     * In the caller's transaction, JTA or plain JDBC. {@code taken}: the answer when the order's cart order was
     * placed by a racing request a moment ago.
     */
    void book(SalesOrder order, SalesOrderRevision revision, OutboxEntry<?> placed, CreditAccount account,
            Supplier<StateConflict> taken) {
        int updated;
        try {
            updated = transactions.onConnection(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(BOOK)) {
                    bind(statement, connection, order, revision, placed, account);
                    return statement.executeUpdate();
                }
            });
        } catch (SQLException e) {
            // Only a cart order placed a moment ago by a racing request can break a unique key here.
            if (cart(order) && UniqueInsert.isUniqueViolation(e)) {
                throw taken.get();
            }
            throw new IllegalStateException("Sales order " + order.number() + " could not be written", e);
        }
        if (updated != 1) {
            // Only if the account was not locked: another document moved it since it was read.
            throw new OptimisticLockException("The credit account of " + account.customerCode() + " changed");
        }
    }

    private static void bind(PreparedStatement statement, Connection connection, SalesOrder order,
            SalesOrderRevision revision, OutboxEntry<?> placed, CreditAccount account) throws SQLException {
        String currency = order.currency();
        Totals totals = order.totals();
        List<DocumentLine> lines = revision.lines();
        int i = 0;
        statement.setString(++i, order.number());
        statement.setString(++i, order.customerName());
        statement.setString(++i, currency);
        statement.setString(++i, order.status().name());
        statement.setObject(++i, order.orderDate());
        i = setTotals(statement, i, totals);
        statement.setBigDecimal(++i, order.invoiced().amount());
        statement.setString(++i, order.createdBy());
        statement.setObject(++i, utc(order.createdAt()));
        statement.setString(++i, order.approvedBy());
        statement.setObject(++i, utc(order.approvedAt()));
        statement.setString(++i, order.quote());
        EcommerceFacts cart = order.ecommerce().orElse(null);
        statement.setString(++i, cart == null ? null : cart.importedFromCart());
        statement.setString(++i, cart == null ? null : cart.cartMapping());
        statement.setObject(++i, cart == null ? null : utc(cart.importedOn()));
        statement.setString(++i, order.customerCode());
        i = setTotals(statement, i, revision.totals(currency));
        statement.setString(++i, revision.createdBy());
        statement.setObject(++i, utc(revision.createdAt()));
        statement.setArray(++i, texts(connection, lines, DocumentLine::sku));
        statement.setArray(++i, texts(connection, lines, DocumentLine::description));
        statement.setArray(++i, numbers(connection, lines, DocumentLine::quantity));
        statement.setArray(++i, numbers(connection, lines, line -> line.unitPrice(currency).amount()));
        statement.setArray(++i, numbers(connection, lines, DocumentLine::discountPercent));
        statement.setArray(++i, numbers(connection, lines, DocumentLine::taxRate));
        statement.setArray(++i, numbers(connection, lines, line -> line.totals(currency).net().amount()));
        statement.setArray(++i, numbers(connection, lines, line -> line.totals(currency).tax().amount()));
        statement.setArray(++i, numbers(connection, lines, line -> line.totals(currency).total().amount()));
        statement.setObject(++i, placed.id());
        statement.setString(++i, placed.topic());
        statement.setString(++i, placed.key());
        statement.setString(++i, placed.type());
        statement.setString(++i, placed.payload());
        statement.setObject(++i, utc(placed.createdAt()));
        statement.setBigDecimal(++i, account.exposure().amount());
        statement.setBoolean(++i, account.hasTransactions());
        statement.setString(++i, account.customerCode());
        statement.setLong(++i, account.version());
    }

    private static boolean cart(SalesOrder order) {
        return order.ecommerce().isPresent();
    }

    private static int setTotals(PreparedStatement statement, int i, Totals totals) throws SQLException {
        statement.setBigDecimal(i + 1, totals.net().amount());
        statement.setBigDecimal(i + 2, totals.tax().amount());
        statement.setBigDecimal(i + 3, totals.total().amount());
        return i + 3;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Array texts(Connection connection, List<DocumentLine> lines, Function<DocumentLine, String> column)
            throws SQLException {
        return connection.createArrayOf("text", lines.stream().map(column).toArray());
    }

    private static Array numbers(Connection connection, List<DocumentLine> lines,
            Function<DocumentLine, BigDecimal> column) throws SQLException {
        return connection.createArrayOf("numeric", lines.stream().map(column).toArray());
    }
}
