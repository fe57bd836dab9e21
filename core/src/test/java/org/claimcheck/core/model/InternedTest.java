package org.claimcheck.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class InternedTest {
    /** A copy that is equal to {@code text} but not the same object, as each article's analysis makes. */
    private static String fresh(String text) {
        return new String(text.toCharArray());
    }

    @Test
    void claimsOfDifferentArticlesShareTheWordsTheyRepeat() {
        EventContext first = new EventContext(fresh("evacuate"), List.of(fresh("Lower Ashham")),
                List.of(fresh("Lower Ashham")), List.of(fresh("landslide"), fresh("resident")), fresh("2026-08-18"));
        EventContext second = new EventContext(fresh("evacuate"), List.of(fresh("Lower Ashham")),
                List.of(fresh("Lower Ashham")), List.of(fresh("landslide"), fresh("resident")), fresh("2026-08-18"));

        assertThat(second).isEqualTo(first);
        assertThat(second.predicate()).isSameAs(first.predicate());
        assertThat(second.entities().get(0)).isSameAs(first.entities().get(0)).isSameAs(first.places().get(0));
        assertThat(second.keywords().get(1)).isSameAs(first.keywords().get(1));
        assertThat(second.time()).isSameAs(first.time());
        assertThat(new CountedNoun(fresh("residents"), fresh("resident"), List.of()).head())
                .isSameAs(second.keywords().get(1));
    }

    @Test
    void aQuotationEqualToItsSourceTextSharesIt() {
        Mention mention = new Mention("d1", "a.md", new Span(0, 9, 1, 1), "We stayed", "We stayed, she said.",
                new Span(0, 20, 1, 1));
        AttributionClaim same = new AttributionClaim("c1", mention, "Ann Lee", "she", null, "say", null,
                fresh("We stayed"), true);
        AttributionClaim normalised = new AttributionClaim("c2", mention, "Ann Lee", "she", null, "say", null,
                "We  stayed", true);

        assertThat(same.quote()).isSameAs(mention.text());
        assertThat(normalised.quote()).isEqualTo("We  stayed");
    }
}
