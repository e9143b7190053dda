package dev.tradebook.gateway.domain;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The first result of every pushed order (table order_intake), by channel and the shop's order id. */
@ApplicationScoped
public class IntakeRecords {

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Clock clock;

    public IntakeRecords(EntityManager entityManager, ObjectMapper json, Clock clock) {
        this.entityManager = entityManager;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public Optional<IntakeResult> first(String channel, String externalOrderId) {
        List<?> rows = entityManager.createNativeQuery("""
                select outcome, order_number, customer_code, problem::text from order_intake
                where channel = :channel and external_order_id = :id""")
                .setParameter("channel", channel).setParameter("id", externalOrderId)
                .getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] columns = (Object[]) row;
            return new IntakeResult(channel, externalOrderId, IntakeResult.Outcome.valueOf((String) columns[0]),
                    (String) columns[1], (String) columns[2], problem((String) columns[3]));
        });
    }

    /**
     * Keeps a final result unless another intake of the same order kept one first; answers the result that
     * stands: this one, or the other's as a replay.
     */
    @Transactional
    public IntakeResult keep(IntakeResult result) {
        int inserted = entityManager.createNativeQuery("""
                insert into order_intake (channel, external_order_id, outcome, order_number, customer_code, problem,
                                          recorded_at)
                values (:channel, :id, :outcome, nullif(:number, ''), nullif(:customer, ''),
                        cast(nullif(:problem, '') as jsonb), :now)
                on conflict (channel, external_order_id) do nothing""")
                .setParameter("channel", result.channel()).setParameter("id", result.externalOrderId())
                .setParameter("outcome", result.outcome().name())
                // Never a null parameter: its type would be unknown to the driver; '' stands for none.
                .setParameter("number", orEmpty(result.orderNumber()))
                .setParameter("customer", orEmpty(result.customer()))
                .setParameter("problem", result.problem() == null ? "" : result.problem().toString())
                .setParameter("now", clock.instant())
                .executeUpdate();
        return inserted == 1 ? result
                : first(result.channel(), result.externalOrderId()).orElseThrow().replayed();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private JsonNode problem(String text) {
        try {
            return text == null ? null : json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("order_intake.problem is jsonb, so always JSON", e);
        }
    }
}
