package org.claimcheck.rules.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.claimcheck.core.model.EventContext;
import org.junit.jupiter.api.Test;

class SameFactTest {
    private final SameFact sameFact = new SameFact(Map.of(), 30);

    private SameFact.Setting context(List<String> entities, List<String> places) {
        return sameFact.setting(new EventContext("spend", entities, places, List.of("council", "funding"), null),
                null);
    }

    @Test
    void withoutPlacesDifferentNamesAreDifferentFacts() {
        assertThat(context(List.of("Ashcombe"), List.of()).namesCompatible(
                context(List.of("Thorncombe"), List.of()))).isFalse();
    }

    @Test
    void withoutPlacesASharedNameKeepsTheFactsComparable() {
        assertThat(context(List.of("Ashcombe", "Mara Quint"), List.of()).namesCompatible(
                context(List.of("Ashcombe"), List.of()))).isTrue();
    }

    @Test
    void aNameWrittenWithItsLeadingOrTrailingWordsOnlyIsTheSameName() {
        assertThat(context(List.of("Alder Peak Capital", "Kingsmere United"), List.of()).namesCompatible(
                context(List.of("Alder Peak"), List.of()))).isTrue();
        assertThat(context(List.of("Okafor-Reyes"), List.of()).namesCompatible(
                context(List.of("Daniel Okafor-Reyes"), List.of()))).isTrue();
        assertThat(context(List.of("New York Times"), List.of()).namesCompatible(
                context(List.of("New Zealand"), List.of()))).isFalse();
        assertThat(context(List.of("Alder Peak Capital"), List.of()).namesCompatible(
                context(List.of("Peak District"), List.of()))).isFalse();
    }

    @Test
    void aPlaceOnEitherSideLeavesTheDecisionToThePlaces() {
        assertThat(context(List.of("Millbrook"), List.of("Millbrook")).namesCompatible(
                context(List.of("Harrow Valley"), List.of()))).isTrue();
    }

    @Test
    void aSentenceWithoutNamesIsComparableWithAnyOther() {
        assertThat(context(List.of(), List.of()).namesCompatible(
                context(List.of("Thorncombe"), List.of()))).isTrue();
    }

    @Test
    void theEventNamesAreThePlacesElseTheOtherNamesInOneDictionary() {
        SameFact.Setting placed = context(List.of("Mara Quint", "Ashcombe"), List.of("Ashcombe"));
        SameFact.Setting named = context(List.of("Ashcombe", "Mara Quint"), List.of());

        assertThat(placed.eventNames()).containsExactly(placed.places());
        assertThat(named.eventNames()).containsExactly(named.entities()).hasSize(2).contains(placed.places()[0]);
        assertThat(context(List.of(), List.of()).eventNames()).isEmpty();
    }
}
