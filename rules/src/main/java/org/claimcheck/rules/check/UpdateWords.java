package org.claimcheck.rules.check;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.claimcheck.core.model.Dimension;
import org.claimcheck.core.model.QuantityClaim;
import org.claimcheck.rules.compare.SentenceWords;

/**
 * Whether a figure's sentence presents it as a revision: "the toll has risen to 21", "21, up from 18", "12 remain in
 * hospital", "revised the toll to 31". Several rules ask it of the same claims, once for each pair a claim is in, so
 * one instance serves one check and reads each claim's words once.
 */
public final class UpdateWords {
    /**
     * Words that move a figure: they revise a count ("the toll has risen to 21"), but a measure that moves
     * ("temperatures fell to -18C", "inflation rose to 3.2%") is the news itself, so for measures they announce no
     * revision.
     */
    private static final List<String> MOVING_WORDS = List.of("risen to", "rose to", "rising to", "climbed to",
            "increased to", "grown to", "jumped to", "soared to", "fallen to", "fell to", "dropped to",
            "decreased to", "has reached", "reached");
    /** Words that revise any figure. */
    private static final List<String> REVISING_WORDS = List.of("now stands at", "stands at", "revised to",
            "revised up to", "revised down to", "updated to", "now at", "has now", "have now", "is now", "are now");
    /**
     * "raised its estimate of the damage to €2.3 billion", "revised the toll to 31", "now puts the damage from this
     * week's flood at $450 million": a revision in other words.
     */
    private static final Pattern REVISED = Pattern.compile("\\b((raised|lowered|revised|upgraded|downgraded|increased"
            + "|updated|corrected) (its|the|their|his|her) (\\w+ )?(estimate|forecast|toll|figure|count|tally"
            + "|projection|total)( of [^.;,]{0,40})? to|now (puts|estimates|places|pegs|sets|values) [^.;]{0,50}"
            + "\\bat)\\s*$");
    private static final int REVISION_LOOK_BACK = 70;
    private static final int LOOK_BACK = 40;
    /**
     * Words after a figure, anywhere in the rest of its sentence, that give the value it replaces: "to 263, up from
     * the 212 it reported", "Ten people are still missing, the commander told a briefing, down from 16".
     */
    private static final List<String> REPLACED_WORDS = List.of("up from", "down from");
    /**
     * Words right after a figure that give it as the state at the time of writing: "Fifteen people are now confirmed
     * dead", "Fourteen people are still missing", "12 remain in hospital".
     */
    private static final Pattern STATE_NOW = Pattern.compile(
            "^,? (are|is|have|has|were) (now|still)\\b|^,? (still|remain|remains)\\b");

    private final Map<QuantityClaim, Boolean> known = new IdentityHashMap<>();

    /** Whether the claim's sentence presents it as a revision ("has risen to 21", "21, up from 18"). */
    public synchronized boolean present(QuantityClaim claim) {
        return known.computeIfAbsent(claim, UpdateWords::read);
    }

    /** Whether the claim's sentence presents it as a revision, read from its words. */
    private static boolean read(QuantityClaim claim) {
        SentenceWords words = SentenceWords.of(claim);
        String upTo = words.before(LOOK_BACK) + words.text();
        String after = words.after(words.sentence().length());
        boolean count = claim.amount().dimension() == Dimension.COUNT;
        return REVISING_WORDS.stream().anyMatch(upTo::contains)
                || count && MOVING_WORDS.stream().anyMatch(upTo::contains)
                || REPLACED_WORDS.stream().anyMatch(after::contains)
                || STATE_NOW.matcher(after).lookingAt()
                || REVISED.matcher(words.before(REVISION_LOOK_BACK)).find();
    }
}
