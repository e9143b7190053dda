package dev.tradebook.gateway.domain;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What became of one pushed order: CREATED with the order's number and its customer, DUPLICATE (pushed before:
 * the first result's number and customer) or REFUSED with the problem a service answered.
 */
public record IntakeResult(String channel, String externalOrderId, Outcome outcome, String orderNumber,
        String customer, JsonNode problem) {

    public enum Outcome {
        CREATED, DUPLICATE, REFUSED
    }

    static IntakeResult created(IncomingOrder order, String orderNumber, String customer) {
        return new IntakeResult(order.channel(), order.externalOrderId(), Outcome.CREATED, orderNumber, customer, null);
    }

    static IntakeResult refused(IncomingOrder order, String customer, JsonNode problem) {
        return new IntakeResult(order.channel(), order.externalOrderId(), Outcome.REFUSED, null, customer, problem);
    }

    /** The answer to the same order pushed again: a created order is a duplicate, a refused one stays refused. */
    IntakeResult replayed() {
        return outcome == Outcome.CREATED
                ? new IntakeResult(channel, externalOrderId, Outcome.DUPLICATE, orderNumber, customer, null)
                : this;
    }
}
