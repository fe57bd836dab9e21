package org.claimcheck.rules.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.claimcheck.core.model.EventContext;
import org.junit.jupiter.api.Test;

class SameFactTest {
    private final SameFact sameFact = new SameFact(Map.of(), 30);

    private static EventContext context(List<String> entities, List<String> places) {
        return new EventContext("spend", entities, places, List.of("council", "funding"), null);
    }

    @Test
    void withoutPlacesDifferentNamesAreDifferentFacts() {
        assertThat(sameFact.namesCompatible(context(List.of("Ashcombe"), List.of()),
                context(List.of("Thorncombe"), List.of()))).isFalse();
    }

    @Test
    void withoutPlacesASharedNameKeepsTheFactsComparable() {
        assertThat(sameFact.namesCompatible(context(List.of("Ashcombe", "Mara Quint"), List.of()),
                context(List.of("Ashcombe"), List.of()))).isTrue();
    }

    @Test
    void aPlaceOnEitherSideLeavesTheDecisionToThePlaces() {
        assertThat(sameFact.namesCompatible(context(List.of("Millbrook"), List.of("Millbrook")),
                context(List.of("Harrow Valley"), List.of()))).isTrue();
    }

    @Test
    void aSentenceWithoutNamesIsComparableWithAnyOther() {
        assertThat(sameFact.namesCompatible(context(List.of(), List.of()),
                context(List.of("Thorncombe"), List.of()))).isTrue();
    }
}
