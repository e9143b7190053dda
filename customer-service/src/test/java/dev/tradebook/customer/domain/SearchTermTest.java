package dev.tradebook.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTermTest {

    @Test
    void aCodeIsLookedUpByItsDigits() {
        SearchTerm term = SearchTerm.of("BN00777777");

        assertThat(term.lowered()).isEqualTo("bn00777777");
        assertThat(term.indexPattern()).isEqualTo("%00777777%");
        assertThat(term.namesOneCustomer()).isTrue();
    }

    @Test
    void aGstinIsLookedUpByItsPan() {
        SearchTerm term = SearchTerm.of("27AAPFU0939F1ZV");

        assertThat(term.lowered()).isEqualTo("27aapfu0939f1zv");
        assertThat(term.indexPattern()).isEqualTo("%aapfu0939f%");
        assertThat(term.namesOneCustomer()).isTrue();
    }

    @Test
    void aCodeWithFewDigitsIsLookedUpWhole() {
        SearchTerm term = SearchTerm.of("C00123");

        assertThat(term.indexPattern()).isEqualTo("%c00123%");
        assertThat(term.namesOneCustomer()).isFalse();
    }

    @Test
    void wordsArePatternsOfThemselvesInLowerCase() {
        SearchTerm term = SearchTerm.of("Sharma Traders");

        assertThat(term.lowered()).isEqualTo("sharma traders");
        assertThat(term.indexPattern()).isEqualTo("%sharma traders%");
        assertThat(term.namesOneCustomer()).isFalse();
    }

    @Test
    void likeWildcardsAndTheEscapeAreTakenLiterally() {
        SearchTerm term = SearchTerm.of("50%_a\\b");

        assertThat(term.lowered()).isEqualTo("50%_a\\b");
        assertThat(term.indexPattern()).isEqualTo("%50\\%\\_a\\\\b%");
    }
}
