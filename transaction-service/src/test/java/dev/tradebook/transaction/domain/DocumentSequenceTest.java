package dev.tradebook.transaction.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentSequenceTest {

    @Test
    void numberIsZeroPaddedToSixDigitsAfterThePrefix() {
        assertThat(DocumentSequence.format("SO-", 42)).isEqualTo("SO-000042");
    }

    @Test
    void sixDigitNumberNeedsNoPadding() {
        assertThat(DocumentSequence.format("SO-", 999_999)).isEqualTo("SO-999999");
    }

    @Test
    void numberBeyondSixDigitsKeepsAllItsDigits() {
        assertThat(DocumentSequence.format("INV", 12_345_678_901L)).isEqualTo("INV12345678901");
    }

    @Test
    void emptyPrefixGivesTheBareNumber() {
        assertThat(DocumentSequence.format("", 7)).isEqualTo("000007");
    }
}
