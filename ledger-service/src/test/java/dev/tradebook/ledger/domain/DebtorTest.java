package dev.tradebook.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class DebtorTest {

    @Test
    void keepsItsOwnCopyOfTheGroups() {
        List<String> groups = new ArrayList<>(List.of("DOM"));
        Debtor debtor = new Debtor("C000001", "Acme Traders", "INR", groups);

        groups.add("EXP");

        assertThat(debtor.accountGroups()).containsExactly("DOM");
    }

    @Test
    void refusesACurrencyThatIsNotISO4217() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Debtor("C000001", "Acme", "usd", List.of("DOM")));
        assertThatIllegalArgumentException().isThrownBy(() -> new Debtor("C000001", "Acme", "XYZ", List.of("DOM")));
    }

    @Test
    void refusesANameNoAccountCouldHold() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Debtor("C000001", " ", "INR", List.of("DOM")));
        assertThatIllegalArgumentException().isThrownBy(() -> new Debtor("C000001", "N".repeat(81), "INR", List.of("DOM")));
    }

    @Test
    void refusesACodeThatIsNotACustomerCode() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Debtor("c 1", "Acme", "INR", List.of("DOM")));
    }

    @Test
    void refusesAMissingGroup() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Debtor("C000001", "Acme", "INR", Arrays.asList("DOM", null)));
    }
}
