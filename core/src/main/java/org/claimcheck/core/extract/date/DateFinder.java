package org.claimcheck.core.extract.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.claimcheck.core.extract.AnalyzedText;
import org.claimcheck.core.extract.ClaimFinder;
import org.claimcheck.core.model.DateClaim;
import org.claimcheck.core.model.EventContext;
import org.claimcheck.core.text.Sentence;
import org.claimcheck.core.text.Tagger;

/**
 * Finds the dates an article states ("on August 6", "by January 20", "in March", "last week") and resolves them
 * against its publication date. A claim's span is the date words together with the preposition that ties them to
 * the event ("by January 20", "on Tuesday"), and that preposition is the claim's relation.
 *
 * <p>Dates without a year take the year nearest the publication date that the sentence's tense allows; the
 * sentence is tagged only when such a date or a weekday is in it. Without a publication date, only dates with a
 * stated year become claims: relative dates and year-less dates cannot be placed. Stateless and thread-safe.
 */
public final class DateFinder implements ClaimFinder {
    private final DateParser parser = new DateParser();
    private final DateResolver resolver = new DateResolver();
    private final Tagger tagger;

    /** A finder with its own tagger. */
    public DateFinder() {
        this(new Tagger());
    }

    /** A finder that reads tense with {@code tagger}. */
    public DateFinder(Tagger tagger) {
        this.tagger = tagger;
    }

    @Override
    public List<DateClaim> find(AnalyzedText text) {
        LocalDate reference = text.document().info().date();
        List<DateClaim> claims = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            List<DateExpression> expressions = parser.parse(sentence.text());
            if (expressions.isEmpty()) {
                continue;
            }
            TenseReader tenses = reference != null && expressions.stream().anyMatch(DateFinder::dependsOnTense)
                    ? new TenseReader(tagger.tag(sentence.text())) : null;
            for (DateExpression expression : expressions) {
                Tense tense = tenses == null ? Tense.UNKNOWN : tenses.around(expression.start(), expression.end());
                resolver.resolve(expression, reference, tense).ifPresent(date -> claims.add(new DateClaim("",
                        text.mention(sentence, sentence.start() + expression.start(),
                                sentence.start() + expression.end()),
                        date.value(), expression.relation(), date.relative(), date.yearInferred(), reference,
                        EventContext.empty())));
            }
        }
        return claims;
    }

    private static boolean dependsOnTense(DateExpression expression) {
        if (expression instanceof StatedDate stated) {
            return stated.year() == 0 && stated.yearOffset() == null && stated.modifier() == Tense.UNKNOWN;
        }
        return expression instanceof WeekdayDate weekday && weekday.modifier() == Tense.UNKNOWN;
    }
}
