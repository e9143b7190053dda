package dev.tradebook.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.runtime.problem.Violation;

class CustomerRulesTest {

    /** A bills to B, B bills to C, C bills to nobody, D bills to nobody. */
    private final Map<String, List<String>> billTo = Map.of("A", List.of("B"), "B", List.of("C"), "C", List.of(),
            "D", List.of());
    private final CustomerRules rules = new CustomerRules(code -> Optional.ofNullable(billTo.get(code)));

    @Test
    void acceptsBillingToExistingCustomersOutsideAnyCycle() {
        assertThat(rules.checkBillTo("D", List.of("A", "C"))).isEmpty();
    }

    @Test
    void refusesBillingToItself() {
        assertThat(rules.checkBillTo("D", List.of("D"))).extracting(Violation::field).containsExactly("billToCustomers[0]");
    }

    @Test
    void refusesAnUnknownCustomer() {
        assertThat(rules.checkBillTo("D", List.of("C", "Z"))).extracting(Violation::field)
                .containsExactly("billToCustomers[1]");
    }

    @Test
    void refusesADirectCycle() {
        assertThat(rules.checkBillTo("B", List.of("A"))).extracting(Violation::field)
                .containsExactly("billToCustomers[0]");
    }

    @Test
    void refusesACycleThroughOthers() {
        assertThat(rules.checkBillTo("C", List.of("D", "A"))).extracting(Violation::field)
                .containsExactly("billToCustomers[1]");
    }

    @Test
    void toleratesACycleAmongOtherCustomers() {
        CustomerRules looping = new CustomerRules(code -> Optional.of(code.equals("X") ? List.of("Y") : List.of("X")));

        assertThat(looping.checkBillTo("D", List.of("X"))).isEmpty();
    }

    @Test
    void noBillToIsFine() {
        assertThatNoException().isThrownBy(() -> rules.checkBillTo("D", null));
    }
}
