package dev.tradebook.system.invariants;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** customer-service's figures: each customer's manual hold, hold reasons and the balance the ledger told it. */
public record CustomerMaster(List<MasterCustomer> customers) {

    public Map<String, MasterCustomer> byCode() {
        return customers.stream().collect(Collectors.toMap(MasterCustomer::code, Function.identity()));
    }

    /** {@code balance} is null until the ledger published one. */
    public record MasterCustomer(String code, boolean manualHold, Set<String> holdReasons, BigDecimal balance) {
    }
}
