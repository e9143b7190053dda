package dev.tradebook.ledger.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradebook.ledger.Books;
import dev.tradebook.ledger.SalesDesk;
import dev.tradebook.ledger.Scenario;
import dev.tradebook.platform.events.sales.Allocation;
import dev.tradebook.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class AgingResourceTest {

    static final LocalDate T = LocalDate.now(ZoneOffset.UTC);

    @Inject
    Scenario scenario;

    @Inject
    SalesDesk salesDesk;

    @Inject
    Books books;

    /**
     * INV-A 100 due T-95; INV-B 200 due T-40, 50 of it paid on T-20; INV-C 300 dated T-10, due T+20; INV-D 40 due
     * T-65, paid today; PAY-3 25 received T-45 and never allocated.
     */
    private String customer() {
        return scenario.customerWith("AGE", "INR", code -> List.of(
                salesDesk.invoice(code, "INV-A", "INR", T.minusDays(100), T.minusDays(95), "100.00", "0"),
                salesDesk.invoice(code, "INV-B", "INR", T.minusDays(50), T.minusDays(40), "200.00", "0"),
                salesDesk.invoice(code, "INV-D", "INR", T.minusDays(70), T.minusDays(65), "40.00", "0"),
                salesDesk.payment(code, "PAY-3", "INR", T.minusDays(45), "25.00"),
                salesDesk.payment(code, "PAY-1", "INR", T.minusDays(20), "50.00", new Allocation("INV-B", new BigDecimal("50.00"))),
                salesDesk.invoice(code, "INV-C", "INR", T.minusDays(10), T.plusDays(20), "300.00", "0"),
                salesDesk.payment(code, "PAY-2", "INR", T, "40.00", new Allocation("INV-D", new BigDecimal("40.00")))));
    }

    private static ValidatableResponse aging(String code, LocalDate asOf) {
        return given().auth().oauth2(Tokens.withRoles("accounts")).queryParam("customer", code).queryParam("asOf", asOf.toString())
                .when().get("/api/v1/aging").then().statusCode(200);
    }

    @Test
    void bucketsByDaysPastDueToday() {
        String code = customer();

        aging(code, T)
                .body("total", equalTo(1))
                .body("items[0].customer", equalTo(code))
                .body("items[0].current", equalTo("300.00"))
                .body("items[0].days1To30", equalTo("0.00"))
                .body("items[0].days31To60", equalTo("125.00"))
                .body("items[0].days61To90", equalTo("0.00"))
                .body("items[0].over90", equalTo("100.00"))
                .body("items[0].balance", equalTo("525.00"))
                .body("totals[0].currency", equalTo("INR"))
                .body("totals[0].balance", equalTo("525.00"));
        assertThat(books.journalBalanceAsOf(code, T)).isEqualByComparingTo("525.00");
    }

    @Test
    void aPastDateShowsWhatWasOpenThen() {
        String code = customer();
        LocalDate asOf = T.minusDays(30);

        // INV-C did not exist yet, INV-B's 50 and INV-D's 40 were not yet paid; PAY-3 was 15 days old.
        aging(code, asOf)
                .body("items[0].current", equalTo("0.00"))
                .body("items[0].days1To30", equalTo("175.00"))
                .body("items[0].days31To60", equalTo("40.00"))
                .body("items[0].days61To90", equalTo("100.00"))
                .body("items[0].over90", equalTo("0.00"))
                .body("items[0].balance", equalTo("315.00"));
        assertThat(books.journalBalanceAsOf(code, asOf)).isEqualByComparingTo("315.00");
    }

    @Test
    void beforeTheFirstDocumentThereIsNothing() {
        String code = customer();

        aging(code, T.minusDays(101)).body("total", equalTo(0));
    }

    @Test
    void refusesADateThatIsNoDate() {
        given().auth().oauth2(Tokens.withRoles("viewer")).queryParam("asOf", "2026-13-01")
                .when().get("/api/v1/aging")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("asOf"));
    }
}
