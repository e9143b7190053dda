package dev.tradebook.ledger.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import dev.tradebook.ledger.Books;
import dev.tradebook.ledger.LedgerEvents;
import dev.tradebook.ledger.SalesDesk;
import dev.tradebook.ledger.Scenario;
import dev.tradebook.platform.events.ledger.BalanceDriftDetected;
import dev.tradebook.platform.testing.Tokens;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SelfCheckResourceTest {

    @Inject
    Scenario scenario;

    @Inject
    SalesDesk salesDesk;

    @Inject
    Books books;

    @Inject
    LedgerEvents ledgerEvents;

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry registry;

    private void setStoredBalance(String code, String balance) {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update debtor_account set balance = cast(:b as numeric) where customer_code = :c")
                .setParameter("b", balance).setParameter("c", code).executeUpdate());
    }

    @Test
    void findsNoDriftInWhatThePostingsLeft() {
        scenario.customerWith("SANE", "INR", code -> List.of(
                salesDesk.invoice(code, "INV-S", "INR", LocalDate.now(), LocalDate.now().plusDays(30), "10.00", "1.80")));

        given().auth().oauth2(Tokens.withRoles("accounts")).when().get("/api/v1/self-check")
                .then().statusCode(200)
                .body("accountsChecked", greaterThan(0))
                .body("drifts", empty());
    }

    @Test
    void reportsADriftAndLeavesItAsFound() {
        String code = scenario.customerWith("DRIFT", "INR", customer -> List.of(
                salesDesk.invoice(customer, "INV-D", "INR", LocalDate.now(), LocalDate.now().plusDays(30), "10.00", "0")));
        double before = registry.counter("ledger.balance-drifts").count();
        setStoredBalance(code, "12.34");
        try {
            List<Map<String, Object>> drifts = given().auth().oauth2(Tokens.withRoles("accounts"))
                    .when().get("/api/v1/self-check")
                    .then().statusCode(200)
                    .extract().jsonPath().getList("drifts.findAll { it.customer == '" + code + "' }");

            assertThat(drifts).hasSize(1);
            assertThat(drifts.get(0)).containsEntry("storedBalance", "12.34").containsEntry("journalBalance", "10.00");
            assertThat(books.storedBalance(code)).as("never fixed").isEqualByComparingTo("12.34");
            assertThat(registry.counter("ledger.balance-drifts").count()).isGreaterThanOrEqualTo(before + 1);
            BalanceDriftDetected event = ledgerEvents.read(code, "ledger.balance-drift-detected.v1", BalanceDriftDetected.class, 1).get(0);
            assertThat(event.storedBalance()).isEqualByComparingTo("12.34");
            assertThat(event.journalBalance()).isEqualByComparingTo("10.00");
        } finally {
            // Put back what the test broke, so that the self-check of the other tests finds the ledger sound.
            setStoredBalance(code, "10.00");
        }
    }

    @Test
    void onlyAccountsMayRunIt() {
        given().auth().oauth2(Tokens.withRoles("viewer")).when().get("/api/v1/self-check")
                .then().statusCode(403).body("status", equalTo(403));
    }
}
