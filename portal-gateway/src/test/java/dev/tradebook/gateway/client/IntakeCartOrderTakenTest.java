package dev.tradebook.gateway.client;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradebook.gateway.domain.IntakeRecords;
import dev.tradebook.gateway.domain.IntakeResult;
import dev.tradebook.platform.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * transaction-service already holds a sales order for the cart order (the gateway lost its record, or the order
 * came another way): the push is a DUPLICATE of that order, kept as such for every later push.
 */
@QuarkusTest
@WithTestResource(ServicesStandIn.class)
class IntakeCartOrderTakenTest {

    private static final String INTEGRATOR = Tokens.forUser("service-account-integrator", "integrator");

    @Inject
    IntakeRecords records;

    @Test
    void aCartOrderPlacedBeforeIsADuplicateOfThatOrder() {
        String id = ServicesStandIn.CART_ORDER_TAKEN + "-" + UUID.randomUUID();

        for (int push = 0; push < 2; push++) {
            push(id).statusCode(200)
                    .body("results.outcome", contains("DUPLICATE"))
                    .body("results[0].orderNumber", equalTo("SO000777"))
                    .body("results[0].customer", equalTo("EARLIER"));
        }
        assertThat(records.first("web-shop", id)).get().extracting(IntakeResult::orderNumber).isEqualTo("SO000777");
    }

    private static ValidatableResponse push(String externalOrderId) {
        return given().auth().oauth2(INTEGRATOR).contentType(ContentType.JSON).body("""
                {"orders": [{"channel": "web-shop", "externalOrderId": "%s", "customer": "C000001", "currency": "INR",
                 "lines": [{"sku": "BOLT-M8", "quantity": "2", "unitPrice": "4.50"}]}]}""".formatted(externalOrderId))
                .when().post("/integrations/v1/orders").then();
    }
}
