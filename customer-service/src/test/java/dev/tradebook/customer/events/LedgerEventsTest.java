package dev.tradebook.customer.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tradebook.platform.events.CloudEvent;
import dev.tradebook.platform.events.EventTypes;
import dev.tradebook.platform.events.ledger.BalanceChanged;
import dev.tradebook.platform.events.ledger.CreditHoldApplied;
import dev.tradebook.platform.events.ledger.CreditHoldReleased;
import dev.tradebook.platform.testing.TestTopics;
import dev.tradebook.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** The ledger's facts on the customer: balance (read-only) and the automatic hold reasons of credit control. */
@QuarkusTest
class LedgerEventsTest {

    private static final String VIEWER = Tokens.withRoles("viewer");
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    PeerEvents peers;

    @Test
    void theBalanceShowsTheLedgersFiguresWithoutANewVersion() {
        String code = SalesEventsTest.create();

        peers.publish(balance(code, "1250.5", "1000", "250", 1));

        await().atMost(WAIT).until(() -> customer(code).extract().path("balance") != null);
        customer(code).header("ETag", "\"0\"")
                .body("balance.amount", equalTo("1250.50"))
                .body("balance.currency", equalTo("INR"))
                .body("balance.amountDue", equalTo("1000.00"))
                .body("balance.amountOverdue", equalTo("250.00"));
        history(code).body("items.kind", contains("CREATED"));
    }

    @Test
    void figuresOfAnOlderPostingAreIgnored() {
        String code = SalesEventsTest.create();
        peers.publish(balance(code, "500", "500", "0", 5));
        CloudEvent<BalanceChanged> late = balance(code, "100", "100", "0", 3);

        peers.publish(late);

        await().atMost(WAIT).until(() -> peers.applied(late.id()));
        customer(code).body("balance.amount", equalTo("500.00"));
    }

    @Test
    void aCreditHoldPutsTheCustomerOnHoldInHistoryAndPublishesIt() throws Exception {
        String code = SalesEventsTest.create();

        peers.publish(peers.event(EventTypes.CREDIT_HOLD_APPLIED, code, new CreditHoldApplied(code, "CREDIT_LIMIT",
                "INR", new BigDecimal("1200.00"), new BigDecimal("1000.00"), BigDecimal.ZERO, 7)));

        await().atMost(WAIT).until(() -> customer(code).extract().<Boolean>path("onHold"));
        customer(code).header("ETag", "\"1\"")
                .body("holdReasons", contains("CREDIT_LIMIT"))
                .body("manualHoldReason", nullValue());
        history(code).body("items[0].kind", equalTo("CREDIT_HOLD_APPLIED"))
                .body("items[0].changedBy", equalTo("ledger-service"))
                .body("items[0].changes.field", contains("holdReasons"))
                .body("items[0].changes[0].before", empty())
                .body("items[0].changes[0].after", contains("CREDIT_LIMIT"));
        JsonNode published = holdChanges(code, 1).get(0).get("data");
        assertThat(published.get("onHold").asBoolean()).isTrue();
        assertThat(published.get("holdReasons")).extracting(JsonNode::asText).containsExactly("CREDIT_LIMIT");
        assertThat(published.get("manualReason").isNull()).isTrue();
        assertThat(published.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void aReleasedCreditHoldLeavesTheManualHold() throws Exception {
        String code = SalesEventsTest.create();
        given().auth().oauth2(Tokens.withRoles("accounts")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"reason\": \"Cheque bounced\"}")
                .when().put("/api/v1/customers/" + code + "/hold").then().statusCode(200);
        peers.publish(peers.event(EventTypes.CREDIT_HOLD_APPLIED, code, new CreditHoldApplied(code, "PAST_DUE", "INR",
                new BigDecimal("900.00"), BigDecimal.ZERO, new BigDecimal("300.00"), 2)));

        peers.publish(peers.event(EventTypes.CREDIT_HOLD_RELEASED, code, new CreditHoldReleased(code, "PAST_DUE",
                "INR", new BigDecimal("600.00"), BigDecimal.ZERO, BigDecimal.ZERO, 3)));

        await().atMost(WAIT).until(() -> history(code).extract().<Integer>path("total") == 4);
        customer(code).body("onHold", equalTo(true))
                .body("holdReasons", contains("MANUAL"))
                .body("manualHoldReason", equalTo("Cheque bounced"));
        history(code).body("items.kind", contains("CREDIT_HOLD_RELEASED", "CREDIT_HOLD_APPLIED", "HOLD_PLACED",
                "CREATED"))
                .body("items[0].changes[0].before", contains("MANUAL", "PAST_DUE"))
                .body("items[0].changes[0].after", contains("MANUAL"));
        JsonNode released = holdChanges(code, 3).get(2).get("data");
        assertThat(released.get("holdReasons")).extracting(JsonNode::asText).containsExactly("MANUAL");
        assertThat(released.get("manualReason").asText()).isEqualTo("Cheque bounced");
    }

    @Test
    void theLedgerCannotPlaceAManualHold() {
        String code = SalesEventsTest.create();
        peers.publish(peers.event(EventTypes.CREDIT_HOLD_APPLIED, code, new CreditHoldApplied(code, "MANUAL", "INR",
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 1)));
        CloudEvent<BalanceChanged> after = balance(code, "10", "10", "0", 2);

        peers.publish(after);

        await().atMost(WAIT).until(() -> peers.applied(after.id()));
        customer(code).body("onHold", equalTo(false)).body("holdReasons", empty());
    }

    private CloudEvent<BalanceChanged> balance(String code, String amount, String due, String overdue, long sequence) {
        return peers.event(EventTypes.BALANCE_CHANGED, code, new BalanceChanged(code, "INR", new BigDecimal(amount),
                new BigDecimal(due), new BigDecimal(overdue), "INV-1", sequence));
    }

    private static ValidatableResponse customer(String code) {
        return given().auth().oauth2(VIEWER).when().get("/api/v1/customers/" + code).then().statusCode(200);
    }

    private static ValidatableResponse history(String code) {
        return given().auth().oauth2(VIEWER).when().get("/api/v1/customers/" + code + "/history").then().statusCode(200);
    }

    private static List<JsonNode> holdChanges(String code, int expected) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<ConsumerRecord<String, String>> records = TestTopics.read("customer.events",
                record -> code.equals(record.key()) && record.value().contains("customer.hold-changed.v1"),
                expected, Duration.ofSeconds(30));
        assertThat(records).hasSize(expected);
        List<JsonNode> events = new java.util.ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            events.add(json.readTree(record.value()));
        }
        return events;
    }
}
