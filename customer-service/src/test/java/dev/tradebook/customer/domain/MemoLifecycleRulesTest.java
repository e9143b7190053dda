package dev.tradebook.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.tradebook.platform.runtime.problem.BusinessRuleViolation;

class MemoLifecycleRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final MemoDetails CALL = new MemoDetails(MemoKind.TASK, "Call about the overdue invoice", null,
            "arjun", NOW.plusSeconds(86_400));

    @Test
    void aNewMemoIsOpen() {
        Memo memo = Memo.add("C000001", CALL, "priya", NOW);

        assertThat(memo.status()).isEqualTo(MemoStatus.OPEN);
        assertThat(memo.createdBy()).isEqualTo("priya");
        assertThat(memo.details()).isEqualTo(CALL);
    }

    @Test
    void anOpenMemoIsDoneOnce() {
        Memo memo = Memo.add("C000001", CALL, "priya", NOW);

        memo.complete(NOW);

        assertThat(memo.status()).isEqualTo(MemoStatus.DONE);
        assertThatThrownBy(() -> memo.complete(NOW)).isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> memo.cancel(NOW)).isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void aCancelledMemoIsNeitherDoneNorRevised() {
        Memo memo = Memo.add("C000001", CALL, "priya", NOW);

        memo.cancel(NOW);

        assertThat(memo.status()).isEqualTo(MemoStatus.CANCELLED);
        assertThatThrownBy(() -> memo.complete(NOW)).isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> memo.revise(CALL, NOW)).isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void anOpenMemoIsRevised() {
        Memo memo = Memo.add("C000001", CALL, "priya", NOW);
        MemoDetails meeting = new MemoDetails(MemoKind.EVENT, "Meet the owner", "At their office", "neha",
                NOW.plusSeconds(3_600));

        memo.revise(meeting, NOW.plusSeconds(60));

        assertThat(memo.details()).isEqualTo(meeting);
        assertThat(memo.updatedAt()).isEqualTo(NOW.plusSeconds(60));
    }
}
