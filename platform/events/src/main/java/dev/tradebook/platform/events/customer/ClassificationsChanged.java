package dev.tradebook.platform.events.customer;

import java.util.List;
import java.util.Objects;

/** {@code customer.classifications-changed.v1}: the customer's set of classifications (CL codes) was replaced. */
public record ClassificationsChanged(String code, List<String> classifications, List<String> previous, long version) {

    public ClassificationsChanged {
        Objects.requireNonNull(code, "code");
        classifications = List.copyOf(classifications);
        previous = List.copyOf(previous);
    }
}
