package dev.tradebook.gateway.api;

import static dev.tradebook.gateway.api.IntakeValidationTest.INTEGRATOR;
import static dev.tradebook.gateway.api.IntakeValidationTest.buyerOrder;
import static dev.tradebook.gateway.api.IntakeValidationTest.push;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tradebook.gateway.domain.IntakeRecords;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** A service that does not answer leaves the order untaken, and pushing it again tries again. */
@QuarkusTest
@TestProfile(IntakeWithoutServicesTest.ServicesAway.class)
class IntakeWithoutServicesTest {

    /** Nothing listens on port 1. */
    public static class ServicesAway implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.customer-service.url", "http://localhost:1",
                    "quarkus.rest-client.transaction-service.url", "http://localhost:1");
        }
    }

    @Inject
    IntakeRecords records;

    @Test
    void anOrderNotTakenIsNotKeptAndIsTriedAgain() {
        String id = UUID.randomUUID().toString();
        for (int push = 0; push < 2; push++) {
            push(INTEGRATOR, buyerOrder(id)).statusCode(200)
                    .body("results.outcome", contains("REFUSED"))
                    .body("results[0].externalOrderId", equalTo(id))
                    .body("results[0].problem.status", equalTo(503))
                    .body("results[0].problem.type", endsWith("/intake-unavailable"));
        }
        assertThat(records.first("web-shop", id)).isEmpty();
    }
}
