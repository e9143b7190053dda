package dev.tradebook.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.runtime.problem.BusinessRuleViolation;
import dev.tradebook.platform.runtime.problem.StateConflict;

class LeadLifecycleRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final LeadDetails RAVI = new LeadDetails("Ravi Sharma", "Sharma Wholesale", null, List.of(),
            "ravi@sharma.example", null, null, "Trade fair", null, null, null);

    private static Lead open() {
        return Lead.open(LeadKind.LEAD, RAVI, "priya", NOW);
    }

    @Test
    void aNewLeadIsOpen() {
        Lead lead = open();

        assertThat(lead.status()).isEqualTo(LeadStatus.OPEN);
        assertThat(lead.owner()).isEqualTo("priya");
        assertThat(lead.details().company()).isEqualTo("Sharma Wholesale");
    }

    @Test
    void anOpenLeadIsQualifiedOnce() {
        Lead lead = open();

        lead.qualify(NOW);

        assertThat(lead.status()).isEqualTo(LeadStatus.QUALIFIED);
        assertThatThrownBy(() -> lead.qualify(NOW)).isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void anOpenOrQualifiedLeadIsConvertedIntoTheCustomer() {
        Lead open = open();
        Lead qualified = open();
        qualified.qualify(NOW);

        open.convertInto("C000001", "priya", NOW);
        qualified.convertInto("C000002", "neha", NOW);

        assertThat(open.status()).isEqualTo(LeadStatus.CONVERTED);
        assertThat(open.customerCode()).isEqualTo("C000001");
        assertThat(qualified.convertedBy()).isEqualTo("neha");
    }

    @Test
    void aConvertedLeadIsAConflictToConvertAndClosedToAnythingElse() {
        Lead lead = open();
        lead.convertInto("C000001", "priya", NOW);

        assertThatThrownBy(() -> lead.convertInto("C000009", "priya", NOW)).isInstanceOf(StateConflict.class);
        assertThatThrownBy(() -> lead.lose("Too late", NOW)).isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> lead.revise(RAVI, NOW)).isInstanceOf(BusinessRuleViolation.class);
        assertThat(lead.customerCode()).isEqualTo("C000001");
    }

    @Test
    void aLostLeadKeepsItsReasonAndIsNeitherConvertedNorQualified() {
        Lead lead = open();

        lead.lose("Chose a local dealer", NOW);

        assertThat(lead.status()).isEqualTo(LeadStatus.LOST);
        assertThat(lead.lostReason()).isEqualTo("Chose a local dealer");
        assertThatThrownBy(() -> lead.convertInto("C000001", "priya", NOW)).isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> lead.qualify(NOW)).isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void aLiveLeadIsRevised() {
        Lead lead = open();
        lead.qualify(NOW);

        lead.revise(new LeadDetails("Ravi S. Sharma", null, null, null, null, null, null, null, null, null, null),
                NOW.plusSeconds(60));

        assertThat(lead.details().name()).isEqualTo("Ravi S. Sharma");
        assertThat(lead.details().contacts()).isEmpty();
        assertThat(lead.updatedAt()).isEqualTo(NOW.plusSeconds(60));
    }
}
