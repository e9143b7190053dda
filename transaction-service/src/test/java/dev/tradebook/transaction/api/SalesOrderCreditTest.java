package dev.tradebook.transaction.api;

import static dev.tradebook.transaction.CreditEndpoint.creditOf;
import static dev.tradebook.transaction.support.Orders.line;
import static dev.tradebook.transaction.support.Orders.place;
import static dev.tradebook.transaction.support.Orders.placed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradebook.transaction.support.Orders;
import dev.tradebook.transaction.support.Rows;
import dev.tradebook.transaction.support.TestCustomers;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SalesOrderCreditTest {

    @Inject
    TestCustomers customers;

    @Inject
    Rows rows;

    @Test
    void stopRefusesAnOrderPastTheLimitWithTheFiguresAndWritesNothing() throws SQLException {
        String customer = customers.create("STOP", "EUR", "1000", "STOP");
        placed(customer, "6", "100");
        long before = rows.ofCustomer(customer);

        place(Orders.order(customer, line("4", "100.01")))
                .statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("/credit-limit-exceeded"))
                .body("limit", equalTo("1000.00"))
                .body("exposure", equalTo("600.00"))
                .body("documentAmount", equalTo("400.04"));

        assertThat(rows.ofCustomer(customer)).isEqualTo(before);
        creditOf(customer).body("exposure", equalTo("600.00"));
    }

    @Test
    void anOrderThatFillsTheLimitExactlyIsAccepted() {
        String customer = customers.create("EXACT", "EUR", "1000", "STOP");

        placed(customer, "10", "100");

        creditOf(customer).body("exposure", equalTo("1000.00")).body("available", equalTo("0.00"));
    }

    @Test
    void warnRefusesUntilTheWarningIsAcknowledged() {
        String customer = customers.create("WARN", "EUR", "100", "WARN");

        place(Orders.order(customer, line("2", "60")))
                .statusCode(422)
                .body("type", endsWith("/credit-limit-warning"))
                .body("documentAmount", equalTo("120.00"));
        creditOf(customer).body("exposure", equalTo("0.00"));
    }

    @Test
    void anAcknowledgedWarningIsStoredWithWhoWhenAndTheFigures() {
        String customer = customers.create("ACK", "EUR", "100", "WARN");
        placed(customer, "1", "30");

        String number = place(Map.of("customer", customer, "lines", List.of(line("2", "60")),
                "acknowledgeCreditWarning", true))
                .statusCode(201)
                .body("creditAcknowledgements", hasSize(1))
                .extract().path("number");

        Orders.get(number)
                .body("creditAcknowledgements[0].acknowledgedBy", equalTo("priya"))
                .body("creditAcknowledgements[0].acknowledgedAt", notNullValue())
                .body("creditAcknowledgements[0].limit", equalTo("100.00"))
                .body("creditAcknowledgements[0].exposure", equalTo("30.00"))
                .body("creditAcknowledgements[0].documentAmount", equalTo("120.00"));
        creditOf(customer).body("exposure", equalTo("150.00")).body("available", equalTo("-50.00"));
    }

    @Test
    void aZeroLimitIsNotChecked() {
        String customer = customers.create("NOLIM", "EUR", "0", "STOP");

        placed(customer, "1000", "999999.99");

        creditOf(customer).body("exposure", equalTo("999999990.00")).body("limitChecked", equalTo(false));
    }

    @Test
    void anAcknowledgementIsNotNeededWithinTheLimit() {
        String customer = customers.create("FITS", "EUR", "100", "WARN");

        place(Orders.order(customer, line("1", "100"))).statusCode(201).body("creditAcknowledgements", hasSize(0));
    }
}
