package org.claimcheck.core.model;

/**
 * A statement an article puts in someone's mouth: a direct quotation or reported speech, with the evidence for who
 * said it.
 *
 * @param id            run-local id
 * @param mention       the quoted words (inside the quotation marks) or the reported clause
 * @param speaker       the resolved speaker, full name where the article gives it ("Tobias Billström"), or a group
 *                      ("US officials", "Kyiv"); {@code null} when unknown
 * @param speakerMention the words that name the speaker where the cue stands ("he", "the Ukrainian president",
 *                      "Billström"), or {@code null}
 * @param speakerSpan   the span of {@code speakerMention}, or {@code null}
 * @param cue           the reporting verb or phrase, lemmatized ({@code say}, {@code tell}, {@code add},
 *                      {@code according to})
 * @param outlet        the outlet the words were said to or reported by ("Financial Times"), or {@code null}
 * @param quote         the quoted or reported words, normalized for comparison (straight quotes, single spaces)
 * @param direct        whether the words stand inside quotation marks
 */
public record AttributionClaim(String id, Mention mention, String speaker, String speakerMention, Span speakerSpan,
                               String cue, String outlet, String quote, boolean direct) implements Claim {
    public AttributionClaim {
        speaker = Interned.of(speaker);
        speakerMention = Interned.of(speakerMention);
        cue = Interned.of(cue);
        outlet = Interned.of(outlet);
        quote = quote != null && mention != null && quote.equals(mention.text()) ? mention.text() : quote;
    }

    @Override
    public String kind() {
        return "attribution";
    }

    @Override
    public AttributionClaim withId(String newId) {
        return new AttributionClaim(newId, mention, speaker, speakerMention, speakerSpan, cue, outlet, quote, direct);
    }
}
