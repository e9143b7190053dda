package dev.tradebook.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.tradebook.local.LocalStack;
import dev.tradebook.local.Service;
import dev.tradebook.system.invariants.Databases;
import dev.tradebook.system.invariants.Rules;
import dev.tradebook.system.invariants.SnapshotReader;
import dev.tradebook.system.invariants.Violation;
import io.restassured.response.Response;

/**
 * Each invariant can fail: on the stack's real databases, one fact of one customer's books is corrupted inside a
 * transaction, the checker reads the snapshot that transaction sees, and the transaction is rolled back (so the
 * check after this class still finds the books sound).
 */
class InvariantViolationsIT {

    private static final LocalStack STACK = SystemStack.get();
    private static final Databases DATABASES = StackInvariants.databases(STACK);
    private static String code;
    private static String invoice;
    private static String payment;

    @BeforeAll
    static void aCustomerWithAnInvoiceAndAPartPayment() {
        Staff admin = new Staff(STACK, "admin");
        code = "BROKEN-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        admin.createCustomer(code, "Broken Books Traders", "INR", List.of("DOM"), "100000", "STOP").then().statusCode(201);
        await().atMost(Duration.ofSeconds(60)).until(() -> admin.credit(code).statusCode() == 200);
        Response issued = admin.post(Service.TRANSACTION, "/api/v1/invoices", """
                {"customer": "%s", "lines": [{"sku": "OIL-5", "quantity": "2", "unitPrice": "500.00",
                 "discountPercent": "0", "taxRate": "0"}]}""".formatted(code));
        assertThat(issued.statusCode()).as(issued.asString()).isEqualTo(201);
        invoice = issued.path("number");
        Response paid = admin.post(Service.TRANSACTION, "/api/v1/payments",
                "{\"customer\": \"%s\", \"amount\": \"400.00\", \"method\": \"CASH\"}".formatted(code));
        assertThat(paid.statusCode()).as(paid.asString()).isEqualTo(201);
        payment = paid.path("number");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(admin.customer(code).<String>path("balance.amount")).isEqualTo("600.00"));
    }

    @Test
    void anUnbalancedJournalLineBreaksJournalBalances() throws SQLException {
        String entry = single("ledger", "select id::text from journal_entry where kind = 'INVOICE' and source_document = ?",
                invoice);

        List<Violation> violations = violationsWith("ledger", """
                insert into journal_line (entry_id, line_no, account_code, debit, credit, currency)
                select id, 99, '4000', 0.01, 0, currency from journal_entry where id = ?::uuid""", entry);

        assertReported(violations, "JournalBalances", entry, "debit 1000.0100, credit 1000.0000");
    }

    @Test
    void aBalanceOffByOneCentBreaksStoredBalancesMatchJournal() throws SQLException {
        List<Violation> violations = violationsWith("ledger",
                "update debtor_account set balance = balance + 0.01 where customer_code = ?", code);

        assertReported(violations, "StoredBalancesMatchJournal", code, "stored balance 600.0100 but its journal lines sum to 600.0000");
    }

    @Test
    void anIssuedPaymentTheLedgerNeverPostedBreaksDocumentsPostedOnce() throws SQLException {
        List<Violation> violations = violationsWith("transaction", """
                insert into payment (number, customer_code, customer_name, currency, document_date, amount, method,
                                     created_by, created_at, version)
                values ('PAY-NEVER-POSTED', ?, 'Broken Books Traders', 'INR', current_date, 1, 'CASH', 'it', now(), 0)""",
                code);

        assertReported(violations, "DocumentsPostedOnce", "PAY-NEVER-POSTED", "PAYMENT PAY-NEVER-POSTED was issued but never posted");
    }

    @Test
    void aPaymentPostedTwiceBreaksDocumentsPostedOnce() throws SQLException {
        List<Violation> violations = violationsWith("ledger", """
                insert into journal_entry (id, customer_code, kind, source_document, currency, entry_date, posted_at)
                values (gen_random_uuid(), ?, 'PAYMENT', ?, 'INR', current_date, now())""", code, payment);

        assertThat(violations).anySatisfy(violation -> {
            assertThat(violation.rule()).isEqualTo("DocumentsPostedOnce");
            assertThat(violation.message()).isEqualTo("PAYMENT " + payment + " was posted 2 times");
        });
    }

    @Test
    void anExposureOffByOneCentBreaksExposureMatchesLedger() throws SQLException {
        List<Violation> violations = violationsWith("transaction",
                "update credit_account set exposure = exposure + 0.01 where customer_code = ?", code);

        assertReported(violations, "ExposureMatchesLedger", code, "is 600.0100 but the ledger balance is 600.0000");
    }

    @Test
    void anOlderBalanceOnTheCustomerMasterBreaksMasterBalanceMatchesLedger() throws SQLException {
        List<Violation> violations = violationsWith("customer",
                "update customer_balance set amount = 1000 where customer_code = ?", code);

        assertReported(violations, "MasterBalanceMatchesLedger", code, "shows 1000.0000 but the ledger balance is 600.0000");
    }

    @Test
    void anAutomaticHoldNoRuleJustifiesBreaksHoldsFollowCreditRules() throws SQLException {
        List<Violation> violations = violationsWith("ledger",
                "update customer_ledger set held_for_credit_limit = true where customer_code = ?", code);

        assertReported(violations, "HoldsFollowCreditRules", code, "ledger hold for CREDIT_LIMIT (balance 600.0000, limit 100000.0000) is on but should be off");
    }

    @Test
    void anInboxRowMissingBreaksEventsAppliedOnce() throws SQLException {
        String event = paymentEvent();

        List<Violation> violations = violationsWith("ledger", "delete from inbox_event where event_id = ?", event);

        assertReported(violations, "EventsAppliedOnce", event, "ledger never applied transaction's sales.events event");
    }

    @Test
    void aLaterEventAppliedFirstBreaksEventOrderPerCustomer() throws SQLException {
        String event = paymentEvent();

        List<Violation> violations = violationsWith("ledger",
                "update inbox_event set received_at = received_at - interval '1 hour' where event_id = ?", event);

        assertReported(violations, "EventOrderPerCustomer", event, "ledger applied customer " + code + "'s event seq");
    }

    private static String paymentEvent() throws SQLException {
        return single("transaction",
                "select id::text from outbox_event where aggregateid = ? and type = 'sales.payment-received.v1'", code);
    }

    private static void assertReported(List<Violation> violations, String rule, String id, String message) {
        assertThat(violations).anySatisfy(violation -> {
            assertThat(violation.rule()).isEqualTo(rule);
            assertThat(violation.ids()).contains(id);
            assertThat(violation.message()).contains(message);
        });
    }

    /** The violations the checker finds while {@code sql} is applied to {@code database}, which is then undone. */
    private static List<Violation> violationsWith(String database, String sql, String... parameters) throws SQLException {
        Map<String, Connection> connections = new HashMap<>();
        try {
            for (String name : Databases.NAMES) {
                Connection connection = DATABASES.connect(name);
                connection.setAutoCommit(false);
                connections.put(name, connection);
            }
            try (PreparedStatement corruption = connections.get(database).prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    corruption.setString(i + 1, parameters[i]);
                }
                assertThat(corruption.executeUpdate()).as(sql).isPositive();
            }
            return Rules.check(SnapshotReader.read(connections, StackInvariants.subscriptions(STACK)));
        } finally {
            for (Connection connection : connections.values()) {
                connection.rollback();
                connection.close();
            }
        }
    }

    private static String single(String database, String sql, String parameter) throws SQLException {
        try (Connection connection = DATABASES.connect(database);
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as(sql + " with " + parameter).isTrue();
                return row.getString(1);
            }
        }
    }
}
