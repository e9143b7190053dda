package dev.tradebook.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class GstinTest {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    // Published, not generated: they pin the check to what GSTN issues rather than to our reading of its algorithm.
    private static final List<String> PUBLISHED = List.of(
            "27AAPFU0939F1ZV",
            "34AABCB5576G1ZQ",
            "33AABCT3312J1ZP",
            "23AABCE9378F1ZK");

    @Test
    void acceptsPublishedGstins() {
        assertThat(PUBLISHED).allSatisfy(gstin -> assertThat(Gstin.isValid(gstin)).as(gstin).isTrue());
    }

    @Test
    void readsStateCodeAndPan() {
        Gstin gstin = Gstin.parse("34AABCB5576G1ZQ");

        assertThat(gstin.stateCode()).isEqualTo("34");
        assertThat(gstin.pan()).isEqualTo("AABCB5576G");
    }

    @Test
    void printsAsItsValue() {
        Gstin gstin = Gstin.parse("27AAPFU0939F1ZV");

        assertThat(gstin.value()).isEqualTo("27AAPFU0939F1ZV");
        assertThat(gstin).hasToString("27AAPFU0939F1ZV");
    }

    @Test
    void equalsAnotherWithTheSameValue() {
        assertThat(Gstin.parse("27AAPFU0939F1ZV")).isEqualTo(Gstin.parse("27AAPFU0939F1ZV"));
    }

    @Test
    void refusesWrongCheckCharacter() {
        assertThat(Gstin.isValid("27AAPFU0939F1ZO")).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> Gstin.parse("27AAPFU0939F1ZO"))
                .withMessageContaining("check character");
    }

    @Test
    void refusesSwappedDigitsTheFormatCannotCatch() {
        assertThatIllegalArgumentException().isThrownBy(() -> Gstin.parse("27AAPFU9039F1ZV"))
                .withMessageContaining("check character");
    }

    @Test
    void acceptsExactlyOneCheckCharacterPerPrefix() {
        for (String gstin : validGstins()) {
            String prefix = gstin.substring(0, 14);
            assertThat(ALPHABET.chars().filter(check -> Gstin.isValid(prefix + (char) check)))
                    .as(prefix).hasSize(1);
        }
    }

    @Test
    void detectsEverySingleCharacterChange() {
        for (String gstin : validGstins()) {
            for (int position = 0; position < gstin.length(); position++) {
                for (char replacement : ALPHABET.toCharArray()) {
                    if (replacement != gstin.charAt(position)) {
                        String changed = gstin.substring(0, position) + replacement + gstin.substring(position + 1);
                        assertThat(Gstin.isValid(changed)).as(changed).isFalse();
                    }
                }
            }
        }
    }

    @Test
    void detectsAdjacentTransposition() {
        for (String gstin : validGstins()) {
            for (int position = 0; position < gstin.length() - 1; position++) {
                char[] swapped = gstin.toCharArray();
                swapped[position] = gstin.charAt(position + 1);
                swapped[position + 1] = gstin.charAt(position);
                String transposed = new String(swapped);
                if (!transposed.equals(gstin)) {
                    assertThat(Gstin.isValid(transposed)).as(transposed).isFalse();
                }
            }
        }
    }

    @Test
    void refusesLowerCase() {
        assertThat(Gstin.isValid("27aapfu0939f1zv")).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> Gstin.parse("27AAPFU0939F1zV"))
                .withMessageContaining("upper case");
    }

    @Test
    void refusesWrongLength() {
        assertThat(Gstin.isValid("27AAPFU0939F1ZV0")).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> Gstin.parse("27AAPFU0939F1Z"))
                .withMessageContaining("length");
    }

    @Test
    void refusesLettersInTheStateCode() {
        assertThatIllegalArgumentException().isThrownBy(() -> Gstin.parse("2AAAPFU0939F1ZV"))
                .withMessageContaining("state code");
    }

    @Test
    void refusesMalformedPan() {
        assertThatIllegalArgumentException().isThrownBy(() -> Gstin.parse("27AAPF00939F1ZV"))
                .withMessageContaining("PAN");
    }

    @Test
    void refusesZeroEntityNumber() {
        assertThatIllegalArgumentException().isThrownBy(() -> Gstin.parse("27AAPFU0939F0ZV"))
                .withMessageContaining("entity number");
    }

    @Test
    void refusesAnythingButZInTheFourteenthPlace() {
        assertThatIllegalArgumentException().isThrownBy(() -> Gstin.parse("27AAPFU0939F1YV"))
                .withMessageContaining("'Z'");
    }

    @Test
    void refusesPunctuationAsCheckCharacter() {
        assertThatIllegalArgumentException().isThrownBy(() -> Gstin.parse("27AAPFU0939F1Z-"))
                .withMessageContaining("character 15");
    }

    @Test
    void refusesMissingValue() {
        assertThat(Gstin.isValid(null)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> Gstin.parse(null)).withMessageContaining("missing");
    }

    // Random but seeded, so a failure names a GSTIN that reproduces on every run.
    private static List<String> validGstins() {
        Random random = new Random(20170701);
        List<String> gstins = new ArrayList<>(PUBLISHED);
        while (gstins.size() < 300) {
            String prefix = digits(random, 2) + letters(random, 5) + digits(random, 4) + letters(random, 1)
                    + ALPHABET.charAt(1 + random.nextInt(ALPHABET.length() - 1)) + "Z";
            ALPHABET.chars().mapToObj(check -> prefix + (char) check).filter(Gstin::isValid).forEach(gstins::add);
        }
        return gstins;
    }

    private static String digits(Random random, int count) {
        return pick(random, ALPHABET.substring(0, 10), count);
    }

    private static String letters(Random random, int count) {
        return pick(random, ALPHABET.substring(10), count);
    }

    private static String pick(Random random, String from, int count) {
        StringBuilder picked = new StringBuilder();
        for (int i = 0; i < count; i++) {
            picked.append(from.charAt(random.nextInt(from.length())));
        }
        return picked.toString();
    }
}
