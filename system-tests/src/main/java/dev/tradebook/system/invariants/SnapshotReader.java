package dev.tradebook.system.invariants;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import dev.tradebook.system.invariants.CustomerMaster.MasterCustomer;
import dev.tradebook.system.invariants.EventBooks.InboxRow;
import dev.tradebook.system.invariants.EventBooks.OutboxRow;
import dev.tradebook.system.invariants.LedgerBooks.AccountTotals;
import dev.tradebook.system.invariants.LedgerBooks.EntryTotals;
import dev.tradebook.system.invariants.LedgerBooks.LedgerCustomer;
import dev.tradebook.system.invariants.SalesBooks.CreditAccount;
import dev.tradebook.system.invariants.SalesBooks.IssuedDocument;

/**
 * Reads the facts the rules compare, summed in SQL where the rows are many (journal lines, open items, orders).
 * Each database is read on one connection the caller opened, inside the transaction it chose.
 */
public final class SnapshotReader {

    private SnapshotReader() {
    }

    /** {@code connections}: database name → connection, one for each of {@link Databases#NAMES}. */
    public static Snapshot read(Map<String, Connection> connections, Subscriptions subscriptions) throws SQLException {
        Map<String, EventBooks> events = new HashMap<>();
        for (String database : Databases.NAMES) {
            events.put(database, events(connections.get(database)));
        }
        return new Snapshot(ledger(connections.get("ledger")), sales(connections.get("transaction")),
                customers(connections.get("customer")), events, subscriptions);
    }

    /** Opens one read-only REPEATABLE READ transaction per database, reads, and ends them. */
    public static Snapshot read(Databases databases, Subscriptions subscriptions) throws SQLException {
        Map<String, Connection> connections = new HashMap<>();
        try {
            for (String database : Databases.NAMES) {
                connections.put(database, databases.snapshotOf(database));
            }
            return read(connections, subscriptions);
        } finally {
            for (Connection connection : connections.values()) {
                connection.rollback();
                connection.close();
            }
        }
    }

    static LedgerBooks ledger(Connection ledger) throws SQLException {
        List<EntryTotals> entries = new ArrayList<>();
        query(ledger, """
                select e.id, e.customer_code, e.kind, e.source_document, coalesce(sum(l.debit), 0), coalesce(sum(l.credit), 0)
                from journal_entry e left join journal_line l on l.entry_id = e.id
                group by e.id""", row -> entries.add(new EntryTotals(row.getObject(1, UUID.class), row.getString(2),
                row.getString(3), row.getString(4), row.getBigDecimal(5), row.getBigDecimal(6))));
        List<AccountTotals> accounts = new ArrayList<>();
        query(ledger, """
                select a.id, a.customer_code, a.balance,
                       coalesce((select sum(l.debit - l.credit) from journal_line l where l.debtor_account_id = a.id), 0),
                       coalesce((select sum(case when i.kind in ('INVOICE', 'REFUND', 'REVERSAL_DEBIT') then i.outstanding
                                                 else -i.outstanding end)
                                 from open_item i where i.debtor_account_id = a.id), 0)
                from debtor_account a""", row -> accounts.add(new AccountTotals(row.getObject(1, UUID.class),
                row.getString(2), row.getBigDecimal(3), row.getBigDecimal(4), row.getBigDecimal(5))));
        List<LedgerCustomer> customers = new ArrayList<>();
        // The ledger's credit control dates "today" in UTC (UtcClock); the server's time zone must not move it.
        query(ledger, """
                select c.customer_code, c.credit_limit,
                       coalesce((select sum(a.balance) from debtor_account a where a.customer_code = c.customer_code), 0),
                       coalesce((select sum(i.outstanding) from open_item i
                                 where i.customer_code = c.customer_code and i.outstanding > 0
                                   and i.kind in ('INVOICE', 'REFUND', 'REVERSAL_DEBIT')
                                   and i.due_date < (now() at time zone 'UTC')::date - s.grace_days), 0),
                       c.held_for_credit_limit, c.held_for_past_due
                from customer_ledger c cross join ledger_settings s""", row -> customers.add(new LedgerCustomer(
                row.getString(1), row.getBigDecimal(2), row.getBigDecimal(3), row.getBigDecimal(4), row.getBoolean(5),
                row.getBoolean(6))));
        CreditRules[] rules = new CreditRules[1];
        query(ledger, "select credit_control_mode, minimum_overdue_amount from ledger_settings",
                row -> rules[0] = new CreditRules(row.getString(1), row.getBigDecimal(2)));
        return new LedgerBooks(entries, accounts, customers, rules[0]);
    }

    static SalesBooks sales(Connection transaction) throws SQLException {
        List<IssuedDocument> documents = new ArrayList<>();
        query(transaction, """
                select 'INVOICE', number, customer_code from invoice
                union all select 'CREDIT_NOTE', number, customer_code from credit_note
                union all select 'CASH_SALE', number, customer_code from cash_sale
                union all select 'PAYMENT', number, customer_code from payment
                union all select 'REFUND', number, customer_code from refund""",
                row -> documents.add(new IssuedDocument(row.getString(1), row.getString(2), row.getString(3))));
        List<CreditAccount> accounts = new ArrayList<>();
        query(transaction, """
                select c.customer_code, c.exposure,
                       coalesce((select sum(o.total - o.invoiced) from sales_order o
                                 where o.customer_code = c.customer_code and o.status in ('APPROVED', 'PARTIALLY_INVOICED')), 0),
                       c.manual_hold_reason is not null, c.credit_limit_hold, c.past_due_hold
                from credit_account c""", row -> accounts.add(new CreditAccount(row.getString(1), row.getBigDecimal(2),
                row.getBigDecimal(3), row.getBoolean(4), row.getBoolean(5), row.getBoolean(6))));
        return new SalesBooks(documents, accounts);
    }

    static CustomerMaster customers(Connection customer) throws SQLException {
        List<MasterCustomer> customers = new ArrayList<>();
        query(customer, """
                select c.code, c.manual_hold_reason is not null,
                       (select string_agg(r.reason, ',') from customer_hold_reason r where r.customer_code = c.code),
                       b.amount
                from customer c left join customer_balance b on b.customer_code = c.code""",
                row -> customers.add(new MasterCustomer(row.getString(1), row.getBoolean(2), reasons(row.getString(3)),
                        row.getBigDecimal(4))));
        return new CustomerMaster(customers);
    }

    static EventBooks events(Connection database) throws SQLException {
        List<OutboxRow> outbox = new ArrayList<>();
        query(database, "select id::text, aggregatetype, aggregateid, seq, sent_at is not null from outbox_event",
                row -> outbox.add(new OutboxRow(row.getString(1), row.getString(2), row.getString(3), row.getLong(4),
                        row.getBoolean(5))));
        List<InboxRow> inbox = new ArrayList<>();
        query(database, "select event_id, subject, received_at from inbox_event",
                row -> inbox.add(new InboxRow(row.getString(1), row.getString(2), row.getTimestamp(3).toInstant())));
        return new EventBooks(outbox, inbox);
    }

    private static Set<String> reasons(String joined) {
        return joined == null ? Set.of() : new TreeSet<>(Arrays.asList(joined.split(",")));
    }

    private static void query(Connection connection, String sql, RowReader reader) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(10_000);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        }
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }
}
