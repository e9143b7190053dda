package dev.tradebook.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The search document of V5 is kept by the database and its trigram index serves a selective text search.
 * 20,000 customers are inserted, analysed and explained in one transaction that is rolled back, so the
 * shared database of the module's tests stays as it was.
 */
@QuarkusTest
class CustomerSearchIndexTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aSelectiveTermIsFoundThroughTheTrigramIndex() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement sql = connection.createStatement()) {
                sql.execute("""
                        INSERT INTO customer (code, name, currency, status, credit_limit, version, created_at,
                                              updated_at, type, address_city, address_state, email)
                        SELECT 'IDX' || lpad(i::text, 7, '0'), 'Index test ' || md5(i::text), 'INR', 'ACTIVE', 0, 0,
                               now(), now(), 'DEALER', 'PUNE', 'IN-MH', 'buyer' || i || '@example.com'
                        FROM generate_series(1, 20000) i""");
                // Fresh inserts wait in the GIN pending list (what autovacuum would merge); merge them now.
                sql.execute("SELECT gin_clean_pending_list('customer_search_text_trgm')");
                sql.execute("ANALYZE customer");
                String term = "%" + md5Part(sql, 12345) + "%";
                List<String> plan = lines(sql.executeQuery(
                        "EXPLAIN SELECT code FROM customer WHERE search_text LIKE '" + term + "' ESCAPE '\\'"
                                + " ORDER BY code LIMIT 50"));
                assertThat(String.join("\n", plan)).as("EXPLAIN of a selective term on 20,000 customers")
                        .contains("customer_search_text_trgm");

                try (ResultSet found = sql.executeQuery(
                        "SELECT code, search_text FROM customer WHERE search_text LIKE '" + term + "'")) {
                    assertThat(found.next()).isTrue();
                    assertThat(found.getString(1)).isEqualTo("IDX0012345");
                    assertThat(found.getString(2)).contains("idx0012345", "pune", "maharashtra",
                            "buyer12345@example.com");
                    assertThat(found.next()).isFalse();
                }
            } finally {
                connection.rollback();
            }
        }
    }

    private static String md5Part(Statement sql, int i) throws SQLException {
        try (ResultSet md5 = sql.executeQuery("SELECT substr(md5('" + i + "'), 5, 10)")) {
            md5.next();
            return md5.getString(1);
        }
    }

    private static List<String> lines(ResultSet plan) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (plan) {
            while (plan.next()) {
                lines.add(plan.getString(1));
            }
        }
        return lines;
    }
}
