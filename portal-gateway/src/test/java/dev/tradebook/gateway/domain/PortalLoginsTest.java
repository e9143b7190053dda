package dev.tradebook.gateway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The rules of a portal login: it follows the customer, and saying the same twice changes nothing. */
class PortalLoginsTest {

    /** The realm's users as a map, and every write the rules made to them. */
    private static final class Directory implements LoginDirectory {

        final Map<String, PortalLogin> logins = new LinkedHashMap<>();
        final List<String> writes = new ArrayList<>();

        @Override
        public Optional<PortalLogin> find(String customerCode) {
            return Optional.ofNullable(logins.get(customerCode));
        }

        @Override
        public void create(String customerCode, String name, String email) {
            logins.put(customerCode, new PortalLogin("id-" + customerCode, customerCode, true, email));
            writes.add("create " + customerCode);
        }

        @Override
        public void update(PortalLogin login) {
            logins.put(login.customerCode(), login);
            writes.add((login.enabled() ? "enable " : "disable ") + login.customerCode());
        }
    }

    private final Directory directory = new Directory();
    private final PortalLogins logins = new PortalLogins(directory);

    @Test
    void anActiveCustomerWithLoginEnabledGetsOneEnabledLogin() {
        logins.follow("C1", "Acme", true, true, "buyer@acme.example");
        logins.follow("C1", "Acme", true, true, "buyer@acme.example");

        assertThat(directory.logins.get("C1")).isEqualTo(new PortalLogin("id-C1", "C1", true, "buyer@acme.example"));
        assertThat(directory.writes).containsExactly("create C1");
    }

    @Test
    void aCustomerWithoutPortalLoginGetsNone() {
        logins.follow("C2", "Acme", true, false, null);

        assertThat(directory.logins).isEmpty();
    }

    @Test
    void turningLoginOffDisablesAndOnEnablesTheSameLogin() {
        logins.follow("C3", "Acme", true, true, "a@acme.example");
        logins.follow("C3", "Acme", true, false, "a@acme.example");
        assertThat(directory.logins.get("C3").enabled()).isFalse();

        logins.follow("C3", "Acme", true, true, "b@acme.example");

        assertThat(directory.logins.get("C3")).isEqualTo(new PortalLogin("id-C3", "C3", true, "b@acme.example"));
        assertThat(directory.writes).containsExactly("create C3", "disable C3", "enable C3");
    }

    @Test
    void anInactiveCustomersLoginIsDisabled() {
        logins.follow("C4", "Acme", true, true, "a@acme.example");

        logins.follow("C4", "Acme", false, true, "a@acme.example");

        assertThat(directory.logins.get("C4").enabled()).isFalse();
    }

    @Test
    void closingIsDisablingOnceAndNothingWithoutALogin() {
        logins.follow("C5", "Acme", true, true, "a@acme.example");

        logins.close("C5");
        logins.close("C5");
        logins.close("C6");

        assertThat(directory.logins.get("C5").enabled()).isFalse();
        assertThat(directory.writes).containsExactly("create C5", "disable C5");
    }
}
