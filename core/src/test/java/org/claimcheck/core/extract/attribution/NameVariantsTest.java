package org.claimcheck.core.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.claimcheck.core.model.AttributionClaim;
import org.claimcheck.core.model.Claim;
import org.claimcheck.core.model.Mention;
import org.claimcheck.core.model.Span;
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

    @Test
    void foldSpellsOutLettersWithoutSeparableAccents() {
        assertThat(NameVariants.fold("Støre")).isEqualTo("store");
        assertThat(NameVariants.fold("Łukasz")).isEqualTo("lukasz");
    }

    @Test
    void unifyRewritesSpeakersOfAttributionClaimsOnly() {
        Mention mention = new Mention("d1", "a.md", new Span(0, 4, 1, 1), "text", "text", new Span(0, 4, 1, 1));
        List<Claim> claims = List.of(
                new AttributionClaim("c1", mention, "Volodymyr Zelenskyy", null, null, "say", null, "a", true),
                new AttributionClaim("c2", mention, "Zelensky", null, null, "say", null, "b", true),
                new AttributionClaim("c3", mention, null, null, null, "say", null, "c", true));

        List<Claim> unified = NameVariants.unify(claims);

        assertThat(unified).extracting(c -> ((AttributionClaim) c).speaker())
                .containsExactly("Volodymyr Zelenskyy", "Volodymyr Zelenskyy", null);
        assertThat(unified).extracting(Claim::id).containsExactly("c1", "c2", "c3");
    }
}
