package org.claimcheck.rules.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.claimcheck.core.model.AttributionClaim;
import org.claimcheck.core.model.DocumentInfo;
import org.claimcheck.core.model.Mention;
import org.claimcheck.core.model.Span;
import org.junit.jupiter.api.Test;

class QuoteFactsTest {
    private final List<DocumentInfo> documents = new ArrayList<>();
    private final List<AttributionClaim> claims = new ArrayList<>();

    @Test
    void twoDirectQuotationsWithAChangedWordArePaired() {
        statement("2024-03-01", "We have enough beds for everyone who needs one tonight", "Ann Bell", true);
        statement("2024-03-02", "We have enough tents for everyone who needs one tonight", "Ann Bell", true);

        assertThat(pairs()).extracting(p -> p.first().id(), p -> p.second().id(), QuotePair::similarity,
                QuotePair::excerpt, QuotePair::sameSpeaker, QuotePair::sameWords)
                .containsExactly(tuple("c1", "c2", 0.9, false, true, true));
    }

    @Test
    void reportedSpeechThatOnlyResemblesAnotherStatementIsNotPaired() {
        statement("2024-03-01", "the flooding in Ashcombe was the worst the town had seen in years", "Ann Bell",
                false);
        statement("2024-03-02", "the flooding in Thorncombe was the worst the valley had seen in decades", "Tom Rees",
                false);
        statement("2024-03-03", "the flooding in Thorncombe was the worst the valley had seen in decades", "Tom Rees",
                true);

        assertThat(pairs()).extracting(p -> p.first().id(), p -> p.second().id(), QuotePair::similarity)
                .containsExactly(tuple("c2", "c3", 1.0));
    }

    @Test
    void anExcerptIsPairedWithTheLongerStatementWhateverItsLength() {
        statement("2024-03-01", "Nobody is unaccounted for tonight and the search is over", "Ann Bell", true);
        statement("2024-03-02", "nobody is unaccounted for", "Tom Rees", false);

        assertThat(pairs()).extracting(p -> p.first().id(), p -> p.second().id(), QuotePair::excerpt,
                QuotePair::sameWords, QuotePair::sameSpeaker)
                .containsExactly(tuple("c1", "c2", true, true, false));
    }

    @Test
    void anExcerptWithAWordChangedIsPairedAndItsDifferenceIsThatWord() {
        statement("2024-03-01", "It is far too early to say what caused this, but we will not hesitate to take "
                + "enforcement action if the law has been broken", "Ann Bell", true);
        statement("2024-03-02", "We will not hesitate to take criminal action if the law has been broken", "Ann Bell",
                true);
        statement("2024-03-03", "We will not hesitate", "Ann Bell", true);

        assertThat(pairs()).extracting(p -> p.first().id(), p -> p.second().id(), QuotePair::excerpt)
                .containsExactly(tuple("c1", "c2", false), tuple("c1", "c3", true), tuple("c2", "c3", true));
        assertThat(new QuoteText(claims.get(1).quote()).difference(new QuoteText(claims.get(0).quote())))
                .containsExactly("criminal", "enforcement");
    }

    @Test
    void aQuotationTooShortForAnExcerptIsNotPairedWithALongerOneThatHoldsItsWords() {
        statement("2024-03-01", "The water came so fast that we lost everything we had", "Ann Bell", true);
        statement("2024-03-02", "we lost everything", "Tom Rees", true);

        assertThat(pairs()).isEmpty();
    }

    @Test
    void statementsOfOneArticleAreNotPairedWithEachOther() {
        DocumentInfo only = document("2024-03-01");
        statementIn(only, "We have enough beds for everyone", "Ann Bell", true);
        statementIn(only, "We have enough beds for everyone", "Tom Rees", true);

        assertThat(pairs()).isEmpty();
    }

    @Test
    void pairsComeInPublicationOrderWhateverTheInputOrder() {
        statement("2024-03-05", "The bridge will reopen on Friday morning", "Ann Bell", true);
        statement("2024-03-01", "The bridge will reopen on Friday morning", "Ann Bell", true);
        statement("2024-03-03", "The bridge will reopen on Friday evening", "Ann Bell", true);

        assertThat(pairs()).extracting(p -> p.first().id(), p -> p.second().id())
                .containsExactly(tuple("c2", "c3"), tuple("c2", "c1"), tuple("c3", "c1"));
    }

    private List<QuotePair> pairs() {
        Map<String, DocumentInfo> byId = documents.stream()
                .collect(Collectors.toMap(DocumentInfo::id, Function.identity()));
        return new QuoteFacts(new SpeakerNames(Map.of()), ClaimOrder.of(byId.values())).pairs(claims);
    }

    private DocumentInfo document(String date) {
        DocumentInfo info = new DocumentInfo("d" + (documents.size() + 1), "article-" + (documents.size() + 1)
                + ".md", null, null, LocalDate.parse(date), "Test Outlet", "front-matter");
        documents.add(info);
        return info;
    }

    private void statement(String date, String words, String speaker, boolean direct) {
        statementIn(document(date), words, speaker, direct);
    }

    private void statementIn(DocumentInfo document, String words, String speaker, boolean direct) {
        int start = claims.size() * 100;
        Mention mention = new Mention(document.id(), document.path(), new Span(start, start + words.length(), 1,
                start + 1), words, words, new Span(start, start + words.length(), 1, start + 1));
        claims.add(new AttributionClaim("c" + (claims.size() + 1), mention, speaker, speaker, null, "say", null,
                words, direct));
    }
}
