package dev.tradebook.gateway.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.tradebook.platform.runtime.money.Money;
import dev.tradebook.platform.runtime.problem.InvalidRequest;
import dev.tradebook.platform.runtime.problem.Violation;

/** What an integrator pushes: one order or a batch of up to 500, each taken on its own. */
public record OrderBatch(@NotNull @Size(min = 1, max = 500) List<@Valid @NotNull IntakeOrder> orders) {

    /**
     * What Bean Validation cannot say about single fields: an order names its customer or its buyer, a buyer can
     * be told apart in its cart, prices fit the order's currency, and no order is in the batch twice. Any of these
     * refuses the whole batch, before a new buyer is registered for an order that could never be placed.
     */
    void checkConsistent() {
        List<Violation> violations = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < orders.size(); i++) {
            IntakeOrder order = orders.get(i);
            String at = "orders[" + i + "]";
            if ((order.customer() == null) == (order.buyer() == null)) {
                violations.add(new Violation(at + ".buyer", "give either customer (an existing one) or buyer"));
            } else if (order.buyer() != null && order.buyer().id() == null && order.buyer().email() == null) {
                violations.add(new Violation(at + ".buyer.email", "a buyer needs its id or e-mail in the cart"));
            }
            violations.addAll(pricesOutsideCurrency(order, at));
            Integer first = seen.putIfAbsent(order.channel() + "\n" + order.externalOrderId(), i);
            if (first != null) {
                violations.add(new Violation(at + ".externalOrderId",
                        "is orders[" + first + "] again (same channel and externalOrderId)"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequest("validation", violations.size() + " order(s) failed validation; nothing was taken",
                    violations);
        }
    }

    private static List<Violation> pricesOutsideCurrency(IntakeOrder order, String at) {
        List<Violation> violations = new ArrayList<>();
        int decimals = Money.zero(order.currency()).amount().scale();
        for (int j = 0; j < order.lines().size(); j++) {
            if (order.lines().get(j).unitPrice().stripTrailingZeros().scale() > decimals) {
                violations.add(new Violation(at + ".lines[" + j + "].unitPrice",
                        "must have at most " + decimals + " decimals in " + order.currency()));
            }
        }
        return violations;
    }
}
