package dev.tradebook.transaction.api;

import static dev.tradebook.transaction.support.Orders.line;
import static dev.tradebook.transaction.support.Orders.order;
import static dev.tradebook.transaction.support.Orders.place;
import static dev.tradebook.transaction.CreditEndpoint.EVENT_DELIVERY;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.tradebook.transaction.CreditAccountRows;
import dev.tradebook.transaction.support.Rows;
import dev.tradebook.transaction.support.TestCustomers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Every refused order answers problem+json naming the field, and writes nothing. */
@QuarkusTest
class SalesOrderBadInputTest {

    @Inject
    TestCustomers customers;

    @Inject
    Rows rows;

    @Inject
    CreditAccountRows accounts;

    private String customer;

    @BeforeEach
    void customer() {
        customer = customers.create("BAD", "EUR", "0", "STOP");
    }

    @Test
    void noLinesAreRefused() throws SQLException {
        refused(place(Map.of("customer", customer, "lines", List.of())), 400, "lines");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1"})
    void quantityMustBePositive(String quantity) throws SQLException {
        refused(place(order(customer, line(quantity, "10"))), 400, "lines[0].quantity");
    }

    @Test
    void morePriceDecimalsThanTheCurrencyHasAreRefused() throws SQLException {
        refused(place(order(customer, line("1", "10.001"))), 400, "lines[0].unitPrice");
    }

    @Test
    void aPriceBeyondTheColumnPrecisionIsRefused() throws SQLException {
        refused(place(order(customer, line("1", "12345678901234567.00"))), 400, "lines[0].unitPrice");
    }

    @Test
    void aLineTotalBeyondTheColumnPrecisionIsRefused() throws SQLException {
        refused(place(order(customer, line("99999999999", "99999999.00"))), 400, "lines[0]");
    }

    @Test
    void aCurrencyOtherThanTheCustomersIsRefused() throws SQLException {
        refused(place(Map.of("customer", customer, "currency", "USD", "lines", List.of(line("1", "1")))), 422,
                "currency");
    }

    @Test
    void aNegativeDiscountIsRefused() throws SQLException {
        refused(place(order(customer, Map.of("sku", "A", "quantity", "1", "unitPrice", "1", "discountPercent", "-5"))),
                400, "lines[0].discountPercent");
    }

    @Test
    void anUnknownFieldIsRefused() throws SQLException {
        refused(place(Map.of("customer", customer, "lines", List.of(line("1", "1")), "status", "APPROVED")), 400,
                "status");
    }

    @Test
    void anUnknownCustomerIsNotFound() {
        place(order("NOBODY-1", line("1", "1"))).statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anInactiveCustomerGetsNoOrder() throws SQLException {
        customers.update(customer, "EUR", "0", "STOP", "INACTIVE", 2);
        await().atMost(EVENT_DELIVERY).until(() -> accounts.find(customer).orElseThrow().status().equals("INACTIVE"));

        place(order(customer, line("1", "1"))).statusCode(422).body("type", endsWith("/customer-inactive"));
        assertThat(rows.ofCustomer(customer)).isZero();
    }

    @Test
    void aDeletedCustomerGetsNoOrder() throws SQLException {
        customers.delete(customer, 2);
        await().atMost(EVENT_DELIVERY).until(() -> rows.count(
                "select count(*) from credit_account where customer_code = ? and deleted", customer) == 1);

        place(order(customer, line("1", "1"))).statusCode(422).body("type", endsWith("/customer-deleted"));
        assertThat(rows.ofCustomer(customer)).isZero();
    }

    private void refused(ValidatableResponse response, int status, String field) throws SQLException {
        response.statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("violations.field", hasItem(field));
        assertThat(rows.ofCustomer(customer)).isZero();
    }
}
