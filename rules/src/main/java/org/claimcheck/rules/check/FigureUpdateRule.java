package org.claimcheck.rules.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.claimcheck.core.model.Dimension;
import org.claimcheck.core.model.DocumentInfo;
import org.claimcheck.core.model.QuantityClaim;
import org.claimcheck.rules.Finding;
import org.claimcheck.rules.RuleInfo;
import org.claimcheck.rules.Severity;
import org.claimcheck.rules.compare.FactPairs;
import org.claimcheck.rules.compare.QuantityPair;
import org.claimcheck.rules.compare.SentenceWords;

/**
 * {@code figure-update}: a later article revises an earlier figure with update language ("has risen to 21"). That is
 * news, not a contradiction: reported as information so the editor can check the older copy.
 */
public final class FigureUpdateRule implements Rule {
    static final RuleInfo INFO = new RuleInfo("figure-update", "FigureUpdate",
            "A later article revises a figure, saying so.",
            "When two articles give different values for the same figure and the later one introduces its "
                    + "value with update language (\"has risen to\", \"climbed to\", \"now stands at\", \"has now "
                    + "burned\", \"was revised to\", \"…, up from 212\", or a figure followed by \"are now\", \"are "
                    + "still\" or \"remain\"), the change is an update rather than a contradiction. It is "
                    + "reported as information and never fails a build, once per revised figure, against the earlier "
                    + "value most articles gave.",
            "Consider updating the earlier article or adding an editor's note that the figure has changed.",
            Severity.INFO);

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

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(RuleInput input) {
        FactPairs<QuantityClaim, QuantityPair> pairs = input.quantityPairs().get();
        Map<QuantityClaim, QuantityPair> updates = new LinkedHashMap<>();
        for (QuantityPair pair : pairs.disagreeing()) {
            if (!pair.sameDocument() && isUpdate(pair, input.documents())) {
                QuantityPair known = updates.get(pair.second());
                if (known == null || pairs.support(pair.first()) > pairs.support(known.first())) {
                    updates.put(pair.second(), pair);
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (QuantityPair pair : updates.values()) {
            QuantityClaim earlier = pair.first();
            QuantityClaim later = pair.second();
            String message = Describe.quoted(later) + " updates " + Describe.quoted(earlier) + ": "
                    + Describe.amount(earlier) + " is now given as " + Describe.amount(later) + ".";
            String explanation = "The later article presents its figure as a revision, so the difference is "
                    + "news, not a contradiction. Earlier: \"" + earlier.mention().sentence().strip()
                    + "\" Later: \"" + later.mention().sentence().strip() + "\"";
            findings.add(FindingBuilder.finding(INFO.id(), input.severity(), List.of(earlier, later), message,
                    explanation));
        }
        return findings;
    }

    /** Whether the later-published claim of the pair announces its value as a revision. */
    static boolean isUpdate(QuantityPair pair, Map<String, DocumentInfo> documents) {
        LocalDate first = documents.get(pair.first().mention().documentId()).date();
        LocalDate second = documents.get(pair.second().mention().documentId()).date();
        boolean later = first != null && second != null && second.isAfter(first);
        return later && hasUpdateWords(pair.second());
    }

    /** Whether the claim's sentence presents it as a revision ("has risen to 21", "21, up from 18"). */
    static boolean hasUpdateWords(QuantityClaim claim) {
        SentenceWords words = SentenceWords.of(claim);
        String upTo = words.before(LOOK_BACK) + words.text();
        String after = words.after(words.sentence().length());
        boolean count = claim.amount().dimension() == Dimension.COUNT;
        return REVISING_WORDS.stream().anyMatch(upTo::contains)
                || count && MOVING_WORDS.stream().anyMatch(upTo::contains)
                || REPLACED_WORDS.stream().anyMatch(after::contains)
                || STATE_NOW.matcher(after).find()
                || REVISED.matcher(words.before(REVISION_LOOK_BACK)).find();
    }
}
