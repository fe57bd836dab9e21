package org.claimcheck.core.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.claimcheck.core.model.AttributionClaim;
import org.junit.jupiter.api.Test;

class AttributionFinderTest {
    private static final AttributionFinder FINDER = new AttributionFinder();

    private static List<AttributionClaim> find(String text) {
        return FINDER.find(Documents.analyzed("t.md", text));
    }

    @Test
    void quoteBeforeCueWithSurnameResolvesToFullNameAndOutlet() {
        List<AttributionClaim> claims = find("Foreign Minister Anna Lindqvist spoke on Monday.\n\n"
                + "\u201CThe blockade has failed completely,\u201D Lindqvist told the Financial Times.");

        assertThat(claims).extracting(AttributionClaim::quote, AttributionClaim::speaker, AttributionClaim::cue,
                        AttributionClaim::outlet, AttributionClaim::direct, AttributionClaim::speakerMention)
                .containsExactly(tuple("The blockade has failed completely", "Anna Lindqvist", "tell",
                        "Financial Times", true, "Lindqvist"));
        assertThat(claims.get(0).mention().text()).isEqualTo("The blockade has failed completely");
    }

    @Test
    void pronounAfterQuoteResolvesToLastNamedPerson() {
        List<AttributionClaim> claims = find("\"We will rebuild the bridge by spring,\" said Mayor Pavel Horak.\n\n"
                + "\"Nobody will stop the work now,\" he added.");

        assertThat(claims).extracting(AttributionClaim::speaker, AttributionClaim::cue)
                .containsExactly(tuple("Pavel Horak", "say"), tuple("Pavel Horak", "add"));
    }

    @Test
    void titleResolvesToPersonIntroducedWithThatDescription() {
        List<AttributionClaim> claims = find("Finnish President Sauli Ranta visited the port.\n\n"
                + "\u201CThe harbour will stay open all winter,\u201D the Finnish president noted.");

        assertThat(claims).extracting(AttributionClaim::speaker, AttributionClaim::speakerMention)
                .containsExactly(tuple("Sauli Ranta", "the Finnish president"));
    }

    @Test
    void quotationOverTwoSentencesGivesTwoClaimsWithOneSpeaker() {
        List<AttributionClaim> claims = find(
                "\u201CThe talks are over. We expect a vote next week,\u201D said Robert Lane, a senior envoy.");

        assertThat(claims).extracting(AttributionClaim::quote, AttributionClaim::speaker).containsExactly(
                tuple("The talks are over.", "Robert Lane"), tuple("We expect a vote next week", "Robert Lane"));
    }

    @Test
    void reportedSpeechWithThatAndGroupSpeaker() {
        List<AttributionClaim> claims = find("US officials told the Wall Street Journal that the convoy had turned back.");

        assertThat(claims).extracting(AttributionClaim::quote, AttributionClaim::speaker, AttributionClaim::outlet,
                        AttributionClaim::direct)
                .containsExactly(tuple("the convoy had turned back", "US officials", "Wall Street Journal", false));
    }

    @Test
    void accordingToPersonIsSpeakerAndAccordingToOutletIsOutlet() {
        assertThat(find("According to the ministry, the dam was repaired within a week."))
                .extracting(AttributionClaim::speaker, AttributionClaim::outlet, AttributionClaim::cue)
                .containsExactly(tuple("ministry", null, "according to"));
        assertThat(find("The dam was repaired within a week, according to Reuters."))
                .extracting(AttributionClaim::speaker, AttributionClaim::outlet)
                .containsExactly(tuple(null, "Reuters"));
    }

    @Test
    void scareQuotesWithoutCueAreNotClaims() {
        assertThat(find("Moscow continues its so-called \u201Cspecial military operation\u201D in the east.")).isEmpty();
    }

    @Test
    void shortQuoteGovernedByLabellingVerbIsAClaim() {
        List<AttributionClaim> claims = find(
                "Kremlin spokesman Ivan Sorokin reacted sharply, calling the plan \u201Creckless and dangerous.\u201D");

        assertThat(claims).extracting(AttributionClaim::quote, AttributionClaim::speaker, AttributionClaim::cue)
                .containsExactly(tuple("reckless and dangerous.", "Ivan Sorokin", "call"));
    }

    @Test
    void paragraphThatOnlyContinuesAQuoteKeepsTheSpeaker() {
        List<AttributionClaim> claims = find("\u201CWar is costly,\u201D Marta Kowalska told reporters.\n\n"
                + "\u201CAnd the bill always arrives later than anyone expects.\u201D");

        assertThat(claims).extracting(AttributionClaim::speaker).containsExactly("Marta Kowalska", "Marta Kowalska");
        assertThat(claims.get(1).speakerMention()).isNull();
    }

    @Test
    void mentionSpanPointsAtTheQuotedWordsInTheFile() {
        String text = "\u201CPrices will fall,\u201D Elena Varga said.";
        AttributionClaim claim = find(text).get(0);

        assertThat(text.substring(claim.mention().span().start(), claim.mention().span().end()))
                .isEqualTo("Prices will fall");
        assertThat(claim.speakerSpan().start()).isEqualTo(text.indexOf("Elena"));
    }
}
