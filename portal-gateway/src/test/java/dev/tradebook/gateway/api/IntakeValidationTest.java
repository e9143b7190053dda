package dev.tradebook.gateway.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;

import java.util.Collections;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradebook.gateway.domain.IntakeRecords;
import dev.tradebook.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** What the intake refuses before any service is asked: the whole batch, with nothing taken. */
@QuarkusTest
class IntakeValidationTest {

    static final String INTEGRATOR = Tokens.forUser("service-account-integrator", "integrator");

    @Inject
    IntakeRecords records;

    static String order(String externalOrderId, String party) {
        return """
                {"channel": "web-shop", "externalOrderId": "%s", %s, "currency": "INR",
                 "lines": [{"sku": "BOLT-M8", "quantity": "2", "unitPrice": "4.50"}]}""".formatted(externalOrderId, party);
    }

    static String buyerOrder(String externalOrderId) {
        return order(externalOrderId, "\"buyer\": {\"name\": \"Asha Mehta\", \"email\": \"asha@shop.example\"}");
    }

    static ValidatableResponse push(String token, String orders) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"orders\": [" + orders + "]}")
                .when().post("/integrations/v1/orders").then();
    }

    @Test
    void withoutATokenIsUnauthorized() {
        given().contentType(ContentType.JSON).body("{\"orders\": [" + buyerOrder("1") + "]}")
                .when().post("/integrations/v1/orders")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void staffAndPortalUsersMayNotPushOrders() {
        push(Tokens.withRoles("sales-admin"), buyerOrder("1")).statusCode(403).contentType("application/problem+json");
        push(Tokens.forCustomer("DEMOA"), buyerOrder("1")).statusCode(403).contentType("application/problem+json");
    }

    @Test
    void moreThan500OrdersAreRefusedWhole() {
        String id = UUID.randomUUID().toString();
        String orders = String.join(",", Collections.nCopies(501, buyerOrder(id)));
        push(INTEGRATOR, orders).statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("orders"));
        assertThat(records.first("web-shop", id)).isEmpty();
    }

    @Test
    void anEmptyBatchIsRefused() {
        push(INTEGRATOR, "").statusCode(400).body("violations.field", contains("orders"));
    }

    @Test
    void anOrderTwiceInOneBatchIsRefusedNamingTheSecond() {
        String first = UUID.randomUUID().toString();
        String twice = UUID.randomUUID().toString();
        push(INTEGRATOR, buyerOrder(first) + "," + buyerOrder(twice) + "," + buyerOrder(twice))
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("orders[2].externalOrderId"));
        assertThat(records.first("web-shop", first)).isEmpty();
    }

    @Test
    void badLinesAreNamed() {
        String badLine = buyerOrder("1").replace("\"quantity\": \"2\"", "\"quantity\": \"-1\"");
        push(INTEGRATOR, buyerOrder("0") + "," + badLine).statusCode(400)
                .body("violations.field", hasItem("orders[1].lines[0].quantity"));
        push(INTEGRATOR, order("2", "\"customer\": \"C000001\"").replace(
                "[{\"sku\": \"BOLT-M8\", \"quantity\": \"2\", \"unitPrice\": \"4.50\"}]", "[]"))
                .statusCode(400).body("violations.field", hasItem("orders[0].lines"));
    }

    @Test
    void pricesBeyondTheCurrencysDecimalsAreNamedBeforeABuyerIsRegistered() {
        String id = UUID.randomUUID().toString();
        String subCent = buyerOrder(id).replace("\"unitPrice\": \"4.50\"", "\"unitPrice\": \"4.505\"");
        push(INTEGRATOR, subCent).statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("orders[0].lines[0].unitPrice"))
                .body("violations.message", contains("must have at most 2 decimals in INR"));
        assertThat(records.first("web-shop", id)).isEmpty();
        push(INTEGRATOR, order("1", "\"buyer\": {\"name\": \"Yuki\", \"email\": \"y@shop.example\"}")
                .replace("\"currency\": \"INR\"", "\"currency\": \"JPY\"")).statusCode(400)
                .body("violations.field", contains("orders[0].lines[0].unitPrice"));
    }

    @Test
    void discountsAndTaxRatesArePercentages() {
        String line = "{\"sku\": \"BOLT-M8\", \"quantity\": \"2\", \"unitPrice\": \"4.50\"}";
        String badRates = buyerOrder("1").replace(line, line.replace("}", ", \"discountPercent\": \"101\", \"taxRate\": \"-1\"}"));
        push(INTEGRATOR, badRates).statusCode(400)
                .body("violations.field", hasItem("orders[0].lines[0].discountPercent"))
                .body("violations.field", hasItem("orders[0].lines[0].taxRate"));
    }

    @Test
    void anOrderNamesEitherItsCustomerOrItsBuyer() {
        push(INTEGRATOR, order("1", "\"customer\": \"C000001\", \"buyer\": {\"name\": \"A\", \"email\": \"a@b.example\"}"))
                .statusCode(400).body("violations.field", contains("orders[0].buyer"));
        push(INTEGRATOR, order("1", "\"customer\": null")).statusCode(400)
                .body("violations.field", contains("orders[0].buyer"));
    }

    @Test
    void aBuyerNeedsItsIdOrEmailInTheCart() {
        push(INTEGRATOR, order("1", "\"buyer\": {\"name\": \"Asha\"}")).statusCode(400)
                .body("violations.field", contains("orders[0].buyer.email"));
    }

    @Test
    void aCurrencyAndAKnownChannelTypeAreRequired() {
        push(INTEGRATOR, buyerOrder("1").replace("\"currency\": \"INR\",", "")).statusCode(400)
                .body("violations.field", hasItem("orders[0].currency"));
        push(INTEGRATOR, buyerOrder("1").replace("\"channel\": \"web-shop\",",
                "\"channel\": \"web-shop\", \"channelType\": \"MARKET\",")).statusCode(400)
                .body("type", endsWith("/malformed-request"));
    }
}
