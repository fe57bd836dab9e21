package org.claimcheck.rules.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.claimcheck.core.model.EventContext;
import org.claimcheck.rules.config.RulesConfig;
import org.junit.jupiter.api.Test;

class SameFactTest {
    private final SameFact sameFact = new SameFact(Map.of(), 30, new Vocabulary(RulesConfig.defaults()));

    private SameFact.Setting context(List<String> entities, List<String> places) {
        return sameFact.setting(new EventContext("spend", entities, places, List.of("council", "funding"), null),
                null, Scope.UNSAID, 0);
    }

    private SameFact.Setting dated(String time, String published) {
        return sameFact.setting(new EventContext("kill", List.of(), List.of(), List.of("heatwave", "death"), time),
                LocalDate.parse(published), Scope.UNSAID, 0);
    }

    @Test
    void aFigureDatedHalfAYearBeforeAnUndatedArticleIsHistory() {
        assertThat(dated(null, "2025-10-03").timesCompatible(dated("2025-07", "2025-10-01"))).isTrue();
        assertThat(dated(null, "2025-10-03").timesCompatible(dated("2024", "2025-10-01"))).isFalse();
        assertThat(dated(null, "2025-10-03").timesCompatible(dated("2025-03", "2025-10-01"))).isFalse();
        assertThat(dated(null, "2025-01-20").timesCompatible(dated("2024", "2025-01-18"))).isTrue();
    }

    private SameFact.Setting saying(String... words) {
        return sameFact.setting(new EventContext(null, List.of(), List.of(), List.of(words), null), null,
                Scope.UNSAID, 0);
    }

    @Test
    void wordsOfOneNounGroupAreSharedOnceAndCapitalisedWordsOnlyAsWritten() {
        assertThat(saying("union", "demand", "raise", "total").sharedKeywords(saying("union", "seek", "rise")))
                .isEqualTo(2);
        assertThat(saying("shelter", "people", "evacuee").sharedKeywords(saying("people", "force", "home")))
                .isEqualTo(1);
        assertThat(saying("Rise", "union").sharedKeywords(saying("raise", "union"))).isEqualTo(1);
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
    void aNameWrittenWithItsLeadingWordsOnlyIsTheSameName() {
        assertThat(context(List.of("Alder Peak Capital", "Kingsmere United"), List.of()).namesCompatible(
                context(List.of("Alder Peak"), List.of()))).isTrue();
        assertThat(context(List.of("Kingsmere"), List.of()).namesCompatible(
                context(List.of("Kingsmere United"), List.of()))).isTrue();
        assertThat(context(List.of("Amberby"), List.of()).namesCompatible(
                context(List.of("New Amberby"), List.of()))).isFalse();
        assertThat(context(List.of("New York Times"), List.of()).namesCompatible(
                context(List.of("New Zealand"), List.of()))).isFalse();
        assertThat(context(List.of("Alder Peak Capital"), List.of()).namesCompatible(
                context(List.of("Peak District"), List.of()))).isFalse();
    }

    @Test
    void theInitialsOfANameOfThreeOrMoreWordsAreTheSameName() {
        assertThat(context(List.of("Vestrian Competition Authority"), List.of()).namesCompatible(
                context(List.of("VCA"), List.of()))).isTrue();
        assertThat(context(List.of("FNS"), List.of()).namesCompatible(
                context(List.of("Federation of Nursing Staff"), List.of()))).isTrue();
        assertThat(context(List.of("Port Sanvel"), List.of()).namesCompatible(
                context(List.of("PS"), List.of()))).isFalse();
        assertThat(context(List.of("Vestrian Competition Authority"), List.of()).namesCompatible(
                context(List.of("VBC"), List.of()))).isFalse();
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
