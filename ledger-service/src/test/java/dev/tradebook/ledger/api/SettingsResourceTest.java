package dev.tradebook.ledger.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.LocalDate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.tradebook.ledger.Books;
import dev.tradebook.ledger.CustomerMaster;
import dev.tradebook.ledger.SalesDesk;
import dev.tradebook.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class SettingsResourceTest {

    static final LocalDate TODAY = LocalDate.now();

    @Inject
    CustomerMaster customerMaster;

    @Inject
    SalesDesk salesDesk;

    @Inject
    Books books;

    private static void autoAllocate(boolean on) {
        given().auth().oauth2(Tokens.withRoles("accounts")).contentType(ContentType.JSON)
                .body("{\"autoAllocatePayments\": " + on + "}")
                .when().put("/api/v1/settings")
                .then().statusCode(200).body("autoAllocatePayments", equalTo(on));
    }

    /** The other tests expect payments to stay unallocated unless their payer said otherwise. */
    @AfterEach
    void switchOff() {
        autoAllocate(false);
    }

    @Test
    void newPaymentsSettleTheOldestInvoicesFirstWhenSwitchedOn() {
        String code = CustomerMaster.newCustomerCode("AUTO");
        customerMaster.publish(customerMaster.created(code, "INR", "DOM"));
        salesDesk.publish(salesDesk.invoice(code, "INV-NEW", "INR", TODAY, TODAY.plusDays(30), "70.00", "0"));
        salesDesk.publish(salesDesk.invoice(code, "INV-OLD", "INR", TODAY.minusDays(45), TODAY.minusDays(15), "50.00", "0"));
        await().atMost(Duration.ofSeconds(60)).until(() -> books.entriesOf(code) == 2);

        autoAllocate(true);
        salesDesk.publish(salesDesk.payment(code, "PAY-AUTO", "INR", "80.00"));

        await().atMost(Duration.ofSeconds(60)).until(() -> books.entriesOf(code) == 3);
        assertThat(books.outstanding(code)).containsEntry("INV-OLD", "0").containsEntry("INV-NEW", "40")
                .containsEntry("PAY-AUTO", "0");
    }

    @Test
    void readsTheSwitchWithAnETag() {
        given().auth().oauth2(Tokens.withRoles("viewer"))
                .when().get("/api/v1/settings")
                .then().statusCode(200)
                .body("autoAllocatePayments", equalTo(false))
                .header("ETag", notNullValue());
    }

    @Test
    void staleIfMatchIsRefused() {
        given().auth().oauth2(Tokens.withRoles("accounts")).contentType(ContentType.JSON).header("If-Match", "\"-1\"")
                .body("{\"autoAllocatePayments\": true}")
                .when().put("/api/v1/settings")
                .then().statusCode(412).contentType("application/problem+json");
    }

    @Test
    void viewerMayNotChangeSettings() {
        given().auth().oauth2(Tokens.withRoles("viewer")).contentType(ContentType.JSON)
                .body("{\"autoAllocatePayments\": true}")
                .when().put("/api/v1/settings")
                .then().statusCode(403);
    }

    @Test
    void missingSwitchIsInvalid() {
        given().auth().oauth2(Tokens.withRoles("accounts")).contentType(ContentType.JSON)
                .body("{}")
                .when().put("/api/v1/settings")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("autoAllocatePayments"));
    }
}
