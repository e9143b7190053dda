package dev.tradebook.platform.runtime.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

class VerifiedTokensTest {

    private static final Instant START = Instant.parse("2026-11-24T12:00:00Z");

    private Instant now = START;
    private final VerifiedTokens tokens = new VerifiedTokens(new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });
    private final SecurityIdentity priya = QuarkusSecurityIdentity.builder()
            .setPrincipal(new QuarkusPrincipal("priya")).addRole("sales").build();

    @Test
    void onlyTheVeryTokenAnswersItsIdentity() {
        tokens.remember("token", priya, START.plusSeconds(60));

        assertThat(tokens.identityOf("token")).contains(priya);
        assertThat(tokens.identityOf("token ")).isEmpty();
        assertThat(tokens.identityOf("other")).isEmpty();
    }

    @Test
    void aTokenAnswersUntilItsExpiryAndIsThenForgotten() {
        tokens.remember("token", priya, START.plusSeconds(60));

        now = START.plusSeconds(59);
        assertThat(tokens.identityOf("token")).contains(priya);
        now = START.plusSeconds(60);
        assertThat(tokens.identityOf("token")).isEmpty();
        assertThat(tokens.contains("token")).isFalse();
    }

    @Test
    void anExpiredTokenIsNotKept() {
        tokens.remember("token", priya, START);

        assertThat(tokens.contains("token")).isFalse();
    }

    @Test
    void whenFullExpiredTokensMakeRoomAndOtherwiseNothingMoreIsKept() {
        for (int i = 0; i < VerifiedTokens.CAPACITY; i++) {
            tokens.remember("t" + i, priya, START.plusSeconds(i == 0 ? 10 : 60));
        }
        tokens.remember("one more", priya, START.plusSeconds(60));
        assertThat(tokens.contains("one more")).isFalse();

        now = START.plusSeconds(10);
        tokens.remember("one more", priya, START.plusSeconds(60));
        assertThat(tokens.identityOf("one more")).contains(priya);
        assertThat(tokens.contains("t0")).isFalse();
    }
}
