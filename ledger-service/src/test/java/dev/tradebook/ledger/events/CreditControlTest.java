package dev.tradebook.ledger.events;

import static dev.tradebook.ledger.LedgerApi.entryOf;
import static dev.tradebook.ledger.LedgerApi.reverse;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.tradebook.ledger.Books;
import dev.tradebook.ledger.CustomerMaster;
import dev.tradebook.ledger.LedgerEvents;
import dev.tradebook.ledger.SalesDesk;
import dev.tradebook.ledger.domain.CreditControl;
import dev.tradebook.platform.events.ledger.CreditHoldApplied;
import dev.tradebook.platform.events.ledger.CreditHoldReleased;
import dev.tradebook.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Automatic credit control holds and releases customers after postings, on a policy change and daily. */
@QuarkusTest
class CreditControlTest {

    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    static final String APPLIED = "ledger.credit-hold-applied.v1";
    static final String RELEASED = "ledger.credit-hold-released.v1";

    @Inject
    CustomerMaster customerMaster;

    @Inject
    SalesDesk salesDesk;

    @Inject
    Books books;

    @Inject
    LedgerEvents ledgerEvents;

    @Inject
    CreditControl creditControl;

    static void policy(String mode, int graceDays, String minimum) {
        given().auth().oauth2(Tokens.withRoles("accounts")).contentType(ContentType.JSON)
                .body("{\"mode\": \"" + mode + "\", \"graceDays\": " + graceDays + ", \"minimumOverdueAmount\": \"" + minimum + "\"}")
                .when().put("/api/v1/credit-control")
                .then().statusCode(200).body("mode", equalTo(mode));
    }

    /** The other tests expect no automatic holds. */
    @AfterEach
    void switchOff() {
        policy("NONE", 0, "0");
    }

    private String customerWithLimit(String limit) {
        String code = CustomerMaster.newCustomerCode("CREDIT");
        customerMaster.publish(customerMaster.createdWithLimit(code, "INR", limit));
        return code;
    }

    @Test
    void balanceOverTheLimitHoldsAndAPaymentReleases() {
        policy("CREDIT_LIMIT", 0, "0");
        String code = customerWithLimit("100.00");

        salesDesk.publish(salesDesk.invoice(code, "INV-BIG", "INR", TODAY, TODAY.plusDays(30), "150.00", "0"));
        CreditHoldApplied applied = ledgerEvents.read(code, APPLIED, CreditHoldApplied.class, 1).get(0);
        assertThat(applied.reason()).isEqualTo("CREDIT_LIMIT");
        assertThat(applied.balance()).isEqualByComparingTo("150.00");
        assertThat(applied.creditLimit().toPlainString()).isEqualTo("100.00");
        given().auth().oauth2(Tokens.withRoles("viewer")).when().get("/api/v1/customers/" + code + "/account")
                .then().body("creditStatus.onHold", equalTo(true)).body("creditStatus.reasons", contains("CREDIT_LIMIT"));

        salesDesk.publish(salesDesk.payment(code, "PAY-BACK", "INR", "50.00"));

        CreditHoldReleased released = ledgerEvents.read(code, RELEASED, CreditHoldReleased.class, 1).get(0);
        assertThat(released.balance()).isEqualByComparingTo("100.00");
        assertThat(released.sequence()).isGreaterThan(applied.sequence());
        assertThat(ledgerEvents.count(code, APPLIED)).as("published only on a change").isEqualTo(1);
    }

    @Test
    void aHigherLimitFromTheCustomerMasterReleases() {
        policy("CREDIT_LIMIT", 0, "0");
        String code = customerWithLimit("100.00");
        salesDesk.publish(salesDesk.invoice(code, "INV-LIM", "INR", TODAY, TODAY.plusDays(30), "120.00", "0"));
        ledgerEvents.read(code, APPLIED, CreditHoldApplied.class, 1);

        customerMaster.publish(customerMaster.creditTermsChanged(code, "INR", "500.00", 1));

        assertThat(ledgerEvents.read(code, RELEASED, CreditHoldReleased.class, 1).get(0).creditLimit())
                .isEqualByComparingTo("500.00");
    }

    @Test
    void reversingAPaymentHoldsAgainAndReversingTheInvoiceReleases() {
        policy("CREDIT_LIMIT", 0, "0");
        String code = customerWithLimit("100.00");
        salesDesk.publish(salesDesk.invoice(code, "INV-REV", "INR", TODAY, TODAY.plusDays(30), "150.00", "0"));
        ledgerEvents.read(code, APPLIED, CreditHoldApplied.class, 1);
        salesDesk.publish(salesDesk.payment(code, "PAY-REV", "INR", "100.00"));
        ledgerEvents.read(code, RELEASED, CreditHoldReleased.class, 1);

        reverse(entryOf(code, "PAY-REV")).statusCode(201);

        assertThat(ledgerEvents.read(code, APPLIED, CreditHoldApplied.class, 2).get(1).balance())
                .isEqualByComparingTo("150.00");

        reverse(entryOf(code, "INV-REV")).statusCode(201);

        assertThat(ledgerEvents.read(code, RELEASED, CreditHoldReleased.class, 2).get(1).balance())
                .isEqualByComparingTo("0");
    }

    @Test
    void aLimitOfZeroIsNotChecked() {
        policy("CREDIT_LIMIT", 0, "0");
        String code = customerWithLimit("0");

        salesDesk.publish(salesDesk.invoice(code, "INV-FREE", "INR", TODAY, TODAY.plusDays(30), "1000000.00", "0"));

        await().atMost(Duration.ofSeconds(60)).until(() -> books.entriesOf(code) == 1);
        assertThat(ledgerEvents.count(code, APPLIED)).isZero();
    }

    @Test
    void overdueBeyondGraceAndMinimumHolds() {
        policy("PAST_DUE", 5, "10.00");
        String code = customerWithLimit("0");
        salesDesk.publish(salesDesk.invoice(code, "INV-GRACE", "INR", TODAY.minusDays(33), TODAY.minusDays(3), "500.00", "0"));
        salesDesk.publish(salesDesk.invoice(code, "INV-SMALL", "INR", TODAY.minusDays(40), TODAY.minusDays(10), "9.99", "0"));
        await().atMost(Duration.ofSeconds(60)).until(() -> books.entriesOf(code) == 2);
        assertThat(ledgerEvents.count(code, APPLIED)).as("within grace, or below the minimum").isZero();

        salesDesk.publish(salesDesk.invoice(code, "INV-LATE", "INR", TODAY.minusDays(40), TODAY.minusDays(10), "0.01", "0"));

        CreditHoldApplied applied = ledgerEvents.read(code, APPLIED, CreditHoldApplied.class, 1).get(0);
        assertThat(applied.reason()).isEqualTo("PAST_DUE");
        assertThat(applied.amountOverdue().toPlainString()).isEqualTo("10.00");
    }

    @Test
    void dailyRunHoldsWhenAnInvoiceFallsDue() {
        policy("PAST_DUE", 0, "0");
        String code = customerWithLimit("0");
        salesDesk.publish(salesDesk.invoice(code, "INV-SOON", "INR", TODAY, TODAY.plusDays(30), "80.00", "0"));
        await().atMost(Duration.ofSeconds(60)).until(() -> books.entriesOf(code) == 1);
        assertThat(ledgerEvents.count(code, APPLIED)).isZero();

        QuarkusMock.installMockForType(Clock.fixed(TODAY.plusDays(31).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC),
                Clock.class);
        creditControl.evaluateEveryone();

        assertThat(ledgerEvents.read(code, APPLIED, CreditHoldApplied.class, 1).get(0).amountOverdue())
                .isEqualByComparingTo("80.00");
    }

    @Test
    void switchingControlOffReleasesEveryone() {
        policy("CREDIT_LIMIT", 0, "0");
        String code = customerWithLimit("10.00");
        salesDesk.publish(salesDesk.invoice(code, "INV-OFF", "INR", TODAY, TODAY.plusDays(30), "20.00", "0"));
        ledgerEvents.read(code, APPLIED, CreditHoldApplied.class, 1);

        policy("NONE", 0, "0");

        assertThat(ledgerEvents.read(code, RELEASED, CreditHoldReleased.class, 1)).hasSize(1);
    }
}
