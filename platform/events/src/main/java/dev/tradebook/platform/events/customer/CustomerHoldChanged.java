package dev.tradebook.platform.events.customer;

import java.util.List;
import java.util.Objects;

/**
 * {@code customer.hold-changed.v1}: the customer was put on manual hold, its reason replaced, or the
 * hold released. {@code onHold} is the effective hold (any reason); {@code manualReason} is null
 * without a manual hold.
 */
public record CustomerHoldChanged(String code, boolean onHold, List<String> holdReasons, String manualReason,
        long version) {

    public CustomerHoldChanged {
        Objects.requireNonNull(code, "code");
        holdReasons = List.copyOf(holdReasons);
    }
}
