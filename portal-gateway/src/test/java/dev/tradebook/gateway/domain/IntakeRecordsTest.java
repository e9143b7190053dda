package dev.tradebook.gateway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tradebook.gateway.domain.IntakeResult.Outcome;
import io.quarkus.test.junit.QuarkusTest;

/** The first final result of an order stands: later ones answer it, never replace it. */
@QuarkusTest
class IntakeRecordsTest {

    @Inject
    IntakeRecords records;

    @Inject
    ObjectMapper json;

    @Test
    void aCreatedOrderIsADuplicateAfterwardsWithItsNumberAndCustomer() {
        String id = UUID.randomUUID().toString();
        IntakeResult first = records.keep(new IntakeResult("web-shop", id, Outcome.CREATED, "SO000007", "C000003", null));
        IntakeResult second = records.keep(new IntakeResult("web-shop", id, Outcome.CREATED, "SO000008", "C000004", null));

        assertThat(first.outcome()).isEqualTo(Outcome.CREATED);
        assertThat(second).isEqualTo(new IntakeResult("web-shop", id, Outcome.DUPLICATE, "SO000007", "C000003", null));
        assertThat(records.first("web-shop", id)).contains(first);
    }

    @Test
    void aRefusedOrderStaysRefusedWithTheServicesProblem() throws Exception {
        String id = UUID.randomUUID().toString();
        var problem = json.readTree("{\"type\": \"https://tradebook.dev/problems/credit-limit-exceeded\","
                + " \"status\": 422, \"limit\": \"100.00\"}");
        records.keep(new IntakeResult("web-shop", id, Outcome.REFUSED, null, "C000003", problem));

        IntakeResult again = records.keep(new IntakeResult("web-shop", id, Outcome.CREATED, "SO000009", "C000003", null));

        assertThat(again.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(again.problem()).isEqualTo(problem);
        assertThat(again.orderNumber()).isNull();
    }

    @Test
    void theSameOrderIdInAnotherChannelIsAnotherOrder() {
        String id = UUID.randomUUID().toString();
        records.keep(new IntakeResult("web-shop", id, Outcome.CREATED, "SO000010", "C000003", null));

        assertThat(records.keep(new IntakeResult("trade-hub", id, Outcome.CREATED, "SO000011", "C000005", null))
                .outcome()).isEqualTo(Outcome.CREATED);
    }
}
