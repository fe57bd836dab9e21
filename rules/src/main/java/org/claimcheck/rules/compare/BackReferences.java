package org.claimcheck.rules.compare;

import java.util.List;
import java.util.regex.Pattern;

import org.claimcheck.core.model.Dimension;
import org.claimcheck.core.model.Mention;
import org.claimcheck.core.model.QuantityClaim;

/**
 * Finds what a count or measure written with the definite article refers back to: "the 1,900 evacuees" counts the
 * people its article counted before ("About 1,600 people left their homes"), and "the 68 millimetres" is the rain it
 * measured before, though the words around the two name different events or none, so the two are one figure given
 * twice. The referent is the nearest earlier figure of the same article that counts the same noun group with the
 * same names and describing words ("40 wagons" are not "the 12 derailed wagons"), or measures the same dimension
 * of the same thing or of a thing one of the two does not name, in an event, place and scope that do not exclude
 * each other. When an earlier figure of that kind agrees, the back-reference restates it. A definite figure that
 * defines its set ("the 12 routes where the two carriers compete", "the 9,000 it first reported") or plays another
 * role ({@link FigureRole}: a part, an earlier value) refers to nothing before it.
 */
final class BackReferences {
    /** How many earlier claims of its article a back-reference looks through. */
    private static final int REACH = 64;
    private static final String DEFINITE = "the ";
    /** The words after a definite count that tell which set it is: a relative clause or its subject. */
    private static final Pattern DEFINING = Pattern.compile("^\\s*(where|that|which|who|whom|whose|(in|on|at|for) which"
            + "|it|they|he|she|we|i|first|originally|initially)\\b");
    private static final int DEFINING_REACH = 16;

    private final Vocabulary vocabulary;

    BackReferences(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * The position of the claim that the figure at {@code anaphor} refers back to and disagrees with, or -1 when it
     * is no back-reference, refers to nothing earlier or restates what it refers to. The two may share a fact key and
     * be compared as any two figures are.
     *
     * @param ordered  the claims in comparison order (an article's claims together, in text order)
     * @param keys     their fact keys ({@code null} for claims never compared)
     * @param measures what each claim counts, noun group and names ({@code null} when it does not say)
     * @param ranges   the values each claim allows
     * @param settings each claim's setting
     */
    int disagreeingReferent(List<QuantityClaim> ordered, int anaphor, String[] keys, String[] measures,
                            HedgeInterval[] ranges, SameFact.Setting[] settings) {
        QuantityClaim claim = ordered.get(anaphor);
        if (keys[anaphor] == null || !refersBack(claim, measures[anaphor]) || !isDefinite(claim.mention())) {
            return -1;
        }
        SentenceWords words = SentenceWords.of(claim);
        if (DEFINING.matcher(words.after(DEFINING_REACH)).lookingAt()
                || !FigureRole.keySuffix(claim, words).isEmpty()) {
            return -1;
        }
        String separate = SeparateEvent.keySuffix(words);
        String event = event(claim);
        String describing = QuantityFacts.describingWords(claim.noun());
        int nearest = -1;
        for (int j = anaphor - 1; j >= 0 && j >= anaphor - REACH; j--) {
            QuantityClaim earlier = ordered.get(j);
            if (!earlier.mention().documentId().equals(claim.mention().documentId())) {
                break;
            }
            if (keys[j] == null || !refersBack(earlier, measures[j])
                    || !sameThing(earlier, claim, measures[j], measures[anaphor])
                    || earlier.mention().sentenceSpan().equals(claim.mention().sentenceSpan())
                    || !QuantityFacts.similarInSize(earlier, claim)
                    || !settings[j].placesCompatible(settings[anaphor])
                    || !settings[j].scope().compatibleWith(settings[anaphor].scope())) {
                continue;
            }
            String earlierEvent = event(earlier);
            SentenceWords earlierWords = SentenceWords.of(earlier);
            if (event != null && earlierEvent != null && !event.equals(earlierEvent)
                    || !FigureRole.keySuffix(earlier, earlierWords).isEmpty()
                    || !SeparateEvent.keySuffix(earlierWords).equals(separate)
                    || !describing.equals(QuantityFacts.describingWords(earlier.noun()))) {
                continue;
            }
            if (ranges[j].overlaps(ranges[anaphor])) {
                return -1;
            }
            nearest = nearest < 0 ? j : nearest;
        }
        return nearest;
    }

    /**
     * Whether the claim is a count of the noun it names (not "the 62-car train", whose article belongs to the train)
     * or a physical measure.
     */
    private static boolean refersBack(QuantityClaim claim, String measures) {
        Dimension dimension = claim.amount().dimension();
        return dimension == Dimension.COUNT ? measures != null && QuantityFacts.countedWord(claim).isEmpty()
                : QuantityFacts.PHYSICAL.contains(dimension);
    }

    /**
     * Whether two claims count or measure the same thing: counts of one noun group with the same names, measures of
     * one dimension of the same thing or of a thing one of them does not name.
     */
    private static boolean sameThing(QuantityClaim a, QuantityClaim b, String aMeasures, String bMeasures) {
        if (a.amount().dimension() != b.amount().dimension()) {
            return false;
        }
        return a.amount().dimension() == Dimension.COUNT ? aMeasures.equals(bMeasures)
                : aMeasures == null || bMeasures == null || aMeasures.equals(bMeasures);
    }

    /** Whether "the " stands right before the claim, as a word of its own. */
    private static boolean isDefinite(Mention mention) {
        int at = mention.span().start() - mention.sentenceSpan().start() - DEFINITE.length();
        String sentence = mention.sentence();
        return at >= 0 && sentence.regionMatches(true, at, DEFINITE, 0, DEFINITE.length())
                && (at == 0 || !Character.isLetter(sentence.charAt(at - 1)));
    }

    private String event(QuantityClaim claim) {
        return vocabulary.eventClass(claim.context().predicate(), claim.context().keywords());
    }
}
