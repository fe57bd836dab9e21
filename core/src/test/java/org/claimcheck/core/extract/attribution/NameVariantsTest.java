package org.claimcheck.core.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class NameVariantsTest {

    @Test
    void transliterationsAndAccentsShareOneCanonicalSpelling() {
        NameVariants variants = NameVariants.of(List.of("Zelensky", "Volodymyr Zelenskyy", "Zelenskiy",
                "Volodymyr Zelenskyy", "Tobias Billstrom", "Tobias Billström", "Tobias Billström"));

        assertThat(variants.canonical("Zelensky")).isEqualTo("Volodymyr Zelenskyy");
        assertThat(variants.canonical("Zelenskiy")).isEqualTo("Volodymyr Zelenskyy");
        assertThat(variants.canonical("Tobias Billstrom")).isEqualTo("Tobias Billström");
        assertThat(variants.canonical("Unknown Person")).isEqualTo("Unknown Person");
    }

    @Test
    void differentFirstNamesOrDifferentSurnamesAreNotVariants() {
        assertThat(NameVariants.areVariants("Oleksandr Syrskyi", "Oleksandr Syrskyy")).isTrue();
        assertThat(NameVariants.areVariants("V. Zelensky", "Volodymyr Zelenskiy")).isTrue();
        assertThat(NameVariants.areVariants("Olena Zelenska", "Volodymyr Zelensky")).isFalse();
        assertThat(NameVariants.areVariants("Dmitry Peskov", "Dmitry Medvedev")).isFalse();
    }

    @Test
    void foldRemovesAccentsAndCase() {
        assertThat(NameVariants.fold("Billström's")).isEqualTo("billstroms");
    }
}
