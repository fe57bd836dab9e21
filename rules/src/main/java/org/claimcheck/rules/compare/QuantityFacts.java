package org.claimcheck.rules.compare;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.claimcheck.core.model.Claim;
import org.claimcheck.core.model.CountedNoun;
import org.claimcheck.core.model.Dimension;
import org.claimcheck.core.model.DocumentInfo;
import org.claimcheck.core.model.Qualifier;
import org.claimcheck.core.model.QuantityClaim;
import org.claimcheck.rules.config.RulesConfig;

/**
 * Finds the pairs of numbers that state the same fact. The fact key is the dimension, what is counted (noun group
 * and its proper-name modifiers: Russian vs North Korean soldiers) or the currency, and the event class (killed vs
 * wounded); within a key, {@link SameFact} checks place, time, publication and vocabulary.
 */
public final class QuantityFacts {
    /**
     * "€310 million a week", "$5 per day": an amount per period, a rate rather than a total; not "a year ago" or "a
     * day after the strike".
     */
    private static final Pattern RATE = Pattern.compile(
            "(^|\\s)(a|an|per|each) (day|week|month|year)\\b(?!\\s*(ago|earlier|later|after|before))");
    private static final int NEARBY = 16;
    /**
     * "up to six metres", "as high as 20 feet": an amount stated as the largest of its values, which another such
     * statement of the same fact must give too ("up to nine metres" does not).
     */
    private static final Pattern LARGEST = Pattern.compile("(?i)(up to|as (high|much|many|long|deep|large|far|heavy"
            + "|fast|strong|tall|big) as) ");
    /** A number joined to its unit by a hyphen, as a modifier: "121-metre", "38-mile", "2.5-kilometre". */
    private static final Pattern MODIFYING_MEASURE = Pattern.compile("[\\d.,]+-[a-z]+(-[a-z]+)?");
    /**
     * Physical measures of things that differ in kind: a river's height in metres and the rain that raised it in
     * millimetres, a town's area and a country's.
     */
    static final Set<Dimension> PHYSICAL = Set.of(Dimension.AREA, Dimension.LENGTH, Dimension.MASS,
            Dimension.VOLUME, Dimension.POWER, Dimension.ENERGY);
    /**
     * How many times larger one measure, count or sum can be than another and still restate it, wrongly: a digit
     * dropped or added ("40" for "400"), a wrong digit, a rounding. Further apart, they are figures of different
     * things: 170 millimetres of rain and a river at 5.6 metres, a fare of $3.25 and a monthly pass of $112.
     */
    private static final double MAX_MISSTATED_RATIO = 10;
    /**
     * How many times larger one count or sum can be than another and restate it, wrongly, whatever its digits: a
     * rounded, hedged or stale figure. Further apart, only a slip of the digits makes them one figure: "47,000 pupils
     * will resit" is not "148,326 pupils sat" misstated.
     */
    private static final double ROUNDED_RATIO = 2;
    /** The factors of a slipped scale word: "thousand" for "million", "million" for "billion", and so on. */
    private static final double[] SCALE_SLIPS = {1e3, 1e6, 1e9};
    /** How far a ratio may stray from a slipped scale word's factor, as a share of it: hedged or rounded figures. */
    private static final double SCALE_SLIP_TOLERANCE = 0.1;

    private final Vocabulary vocabulary;
    private final RulesConfig config;
    private final SameFact sameFact;
    private final BackReferences backReferences;
    private final ClaimOrder order;

    public QuantityFacts(Vocabulary vocabulary, RulesConfig config, Map<String, DocumentInfo> documents,
                         ClaimOrder order) {
        this.vocabulary = vocabulary;
        this.config = config;
        this.order = order;
        this.sameFact = new SameFact(documents, config.maxDaysApart(), vocabulary);
        this.backReferences = new BackReferences(vocabulary);
    }

    /** The pairs of claims among {@code claims} that state the same fact, the earlier-published claim first. */
    public FactPairs<QuantityClaim, QuantityPair> pairs(List<QuantityClaim> claims) {
        List<QuantityClaim> ordered = order.sorted(claims);
        FactPairs<QuantityClaim, QuantityPair> pairs = new FactPairs<>(ordered);
        SameFact.Setting[] settings = new SameFact.Setting[ordered.size()];
        HedgeInterval[] ranges = new HedgeInterval[ordered.size()];
        String[] measures = new String[ordered.size()];
        String[] keys = new String[ordered.size()];
        HedgeInterval[] largests = new HedgeInterval[ordered.size()];
        for (int i = 0; i < ordered.size(); i++) {
            QuantityClaim claim = ordered.get(i);
            settings[i] = sameFact.setting(claim, claim.context());
            ranges[i] = HedgeInterval.of(claim.amount(), config.tolerances(), claim.mention().text());
            measures[i] = claim.noun().head() == null ? null : measured(claim, "");
            keys[i] = key(claim);
            largests[i] = statesLargest(claim) ? HedgeInterval.ofLargest(claim.amount(), config.tolerances()) : null;
        }
        Blocks.pairs(Arrays.asList(keys), Function.identity(), i -> settings[i].eventNames(),
                Blocks.DEFAULT_WINDOW, (i, j) -> {
            QuantityClaim a = ordered.get(i);
            QuantityClaim b = ordered.get(j);
            if (compared(a, b, measures[i], measures[j], settings[i], settings[j])) {
                boolean largest = largests[i] != null && largests[j] != null;
                pairs.add(new QuantityPair(a, b, largest ? largests[i] : ranges[i], largest ? largests[j] : ranges[j],
                        strong(a) && strong(b)), i, j);
            }
        });
        for (int i = 0; i < ordered.size(); i++) {
            int referent = backReferences.disagreeingReferent(ordered, i, keys, measures, ranges, settings);
            if (referent >= 0 && !(keys[referent].equals(keys[i]) && compared(ordered.get(referent), ordered.get(i),
                    measures[referent], measures[i], settings[referent], settings[i]))) {
                pairs.add(new QuantityPair(ordered.get(referent), ordered.get(i), ranges[referent], ranges[i], false),
                        referent, i);
            }
        }
        return pairs;
    }

    /** Whether the claim states the largest of its values ("up to six metres"), which only a "less than" hedge does. */
    private static boolean statesLargest(QuantityClaim claim) {
        return claim.amount().qualifier() == Qualifier.LESS_THAN && LARGEST.matcher(claim.mention().text()).lookingAt();
    }

    /**
     * Whether two claims of one key state the same fact: what they measure agrees, they are near enough in size and
     * their settings are compatible. Two vote tallies in one article are two votes (a motion and its amendment).
     */
    private boolean compared(QuantityClaim a, QuantityClaim b, String aMeasures, String bMeasures,
                             SameFact.Setting aSetting, SameFact.Setting bSetting) {
        boolean twoVotes = a.amount().dimension() == Dimension.TALLY
                && a.mention().documentId().equals(b.mention().documentId());
        return !twoVotes && nounsAgree(a.amount().dimension(), aMeasures, bMeasures)
                && sameFact.compatible(aSetting, bSetting) && similarInSize(a, b);
    }

    /**
     * The fact key, or {@code null} when the claim says too little about what it counts or measures to be compared
     * (percentages, durations and speeds, which can measure anything, are keyed by what they measure rather than by
     * their event: "a 4.2% pay rise" and "a pay rise of 4.8%"), or states no figure (see {@link FigureRole}). A part
     * of a group (and parts described by other words: "120 academic posts", "the remaining 220"), an amount added to
     * another, a difference and a replaced value are facts of their own, never the figure itself; money and counts per
     * period ("€310 million a week", "70,000 vehicles a day") are compared only with figures per the same period, a
     * fall only with a fall ({@link Direction}), a night's low or a body's temperature only with its like
     * ({@link TemperatureKind}), money, counts and percentages demanded, offered, accepted, aimed
     * at or expected, and temperatures expected, only with figures of the same kind ({@link Stance}), and counts and
     * percentages of an age group only with figures of that group ({@link AgeGroup}); a vote tally is its own event,
     * whatever else its sentence says happened.
     */
    String key(QuantityClaim claim) {
        Dimension dimension = claim.amount().dimension();
        SentenceWords words = SentenceWords.of(claim);
        if (!FigureRole.isFigure(claim, words)) {
            return null;
        }
        String separate = SeparateEvent.keySuffix(words);
        String event = vocabulary.eventClass(claim.context().predicate(), claim.context().keywords()) + separate;
        String role = FigureRole.keySuffix(claim, words);
        String part = role.equals(FigureRole.PART) ? role + "|" + describingWords(claim.noun()) : role;
        return switch (dimension) {
            case COUNT -> claim.noun().head() == null ? null
                    : "count|" + vocabulary.nounClass(claim.noun()) + countedWord(claim) + "|" + event + "|"
                            + names(claim.noun()) + part + period(words) + AgeGroup.keySuffix(words)
                            + Stance.keySuffix(words);
            case MONEY -> "money|" + claim.amount().unit() + "|"
                    + (claim.noun().head() == null ? event : measured(claim, separate)) + part + period(words)
                    + Stance.keySuffix(words);
            case PERCENT -> claim.noun().head() == null ? null
                    : "percent|" + measured(claim, separate) + part + Direction.keySuffix(words)
                            + Stance.keySuffix(words) + AgeGroup.keySuffix(words);
            case DURATION, SPEED -> claim.noun().head() == null ? null
                    : dimension.name().toLowerCase(Locale.ROOT) + "|" + measured(claim, separate) + part;
            case TEMPERATURE -> "temperature|" + event + part + TemperatureKind.keySuffix(words)
                    + Stance.keySuffix(words);
            case TALLY -> "tally|" + separate + part;
            default -> dimension.name().toLowerCase(Locale.ROOT) + "|"
                    + (describesThing(claim) || isSpatialRelation(claim.noun()) ? measured(claim, separate) : event)
                    + part;
        };
    }

    /**
     * "|seat" for "an 18,000-seat stand": what a count joined to its noun by a hyphen counts, which is not the noun it
     * describes; nothing for any other count.
     */
    static String countedWord(QuantityClaim claim) {
        String unit = claim.amount().unit();
        return unit == null || unit.equals(claim.noun().head()) ? "" : "|" + unit;
    }

    /**
     * The lower-case words that describe a noun ("academic" of "120 academic posts", "buried" of "three of the buried
     * skiers"), which tell the parts of one total apart.
     */
    static String describingWords(CountedNoun noun) {
        return noun.modifiers().stream().filter(m -> !m.isEmpty() && Character.isLowerCase(m.charAt(0))).sorted()
                .collect(Collectors.joining(" "));
    }

    /** What the claim's noun says it counts or measures, as a key part: its noun class, its names, a separate event. */
    private String measured(QuantityClaim claim, String separate) {
        return vocabulary.nounClass(claim.noun()) + "|" + names(claim.noun()) + separate;
    }

    /**
     * Whether a physical measure modifies the noun after it ("a 121-metre section", "the 640-metre viaduct"): it
     * describes the thing whatever happened to it, so it is keyed by the thing rather than by the sentence's event.
     */
    private static boolean describesThing(QuantityClaim claim) {
        return claim.noun().head() != null && MODIFYING_MEASURE.matcher(claim.mention().text()).matches();
    }

    /**
     * Whether a length is a depth or a distance by the words after it ("640 metres below the surface", "22 kilometres
     * south-west of Calbrin"), which the extractor names without a phrase: it measures that relation whatever the
     * sentence's event ("trapping nine men some 640 metres below the surface", "a refuge chamber 460 metres
     * underground").
     */
    private static boolean isSpatialRelation(CountedNoun noun) {
        return noun.phrase() == null && noun.head() != null;
    }

    /** "|per week" for "€310 million a week", the period inside the claim or right after it; nothing for a total. */
    private static String period(SentenceWords words) {
        Matcher rate = RATE.matcher(words.text() + " " + words.after(NEARBY).stripLeading());
        return rate.find() && rate.start() <= words.text().length() ? "|per " + rate.group(3) : "";
    }

    /**
     * Physical measures (area, length) compare what they measure when both say it. Money is compared when both
     * amounts say what they are and it agrees ("a net loss of $312 million", "a $312 million loss") or neither says;
     * an amount that says it is a loss is not compared with one whose sentence does not say ("$38", a share price).
     * Each claim's noun class and names are worked out once ({@code null} when it says nothing of what it measures).
     */
    private static boolean nounsAgree(Dimension dimension, String aMeasures, String bMeasures) {
        if (dimension == Dimension.COUNT || aMeasures == null && bMeasures == null) {
            return true;
        }
        if (aMeasures == null || bMeasures == null) {
            return dimension != Dimension.MONEY;
        }
        return aMeasures.equals(bMeasures);
    }

    /**
     * Whether two physical measures, counts or sums of money are near enough in size to be one figure misstated:
     * physical measures within {@value #MAX_MISSTATED_RATIO} times of each other; counts and money within
     * {@value #ROUNDED_RATIO} times, or within {@value #MAX_MISSTATED_RATIO} times when one is the other with a slip
     * of the digits ({@link DigitSlip}), or apart by the factor of a slipped scale word ("$2.5 million" for "$2.5
     * billion"). Other measures can be any size.
     */
    static boolean similarInSize(QuantityClaim a, QuantityClaim b) {
        Dimension dimension = a.amount().dimension();
        boolean counted = dimension == Dimension.COUNT || dimension == Dimension.MONEY;
        if (!counted && !PHYSICAL.contains(dimension)) {
            return true;
        }
        double x = Math.abs(a.amount().baseValue());
        double y = Math.abs(b.amount().baseValue());
        double larger = Math.max(x, y);
        double smaller = Math.min(x, y);
        if (!counted) {
            return larger <= MAX_MISSTATED_RATIO * smaller;
        }
        return larger <= ROUNDED_RATIO * smaller
                || larger <= MAX_MISSTATED_RATIO * smaller && DigitSlip.between(a.amount().value(), b.amount().value())
                || isScaleSlip(larger, smaller);
    }

    private static boolean isScaleSlip(double larger, double smaller) {
        for (double factor : SCALE_SLIPS) {
            if (Math.abs(larger - factor * smaller) <= SCALE_SLIP_TOLERANCE * factor * smaller) {
                return true;
            }
        }
        return false;
    }

    private static boolean strong(Claim claim) {
        return claim instanceof QuantityClaim q && q.context().predicate() != null;
    }

    /** The proper-name modifiers of a noun phrase, folded: "Russian military personnel" gives "russian". */
    static String names(CountedNoun noun) {
        return noun.modifiers().stream()
                .filter(m -> !m.isEmpty() && Character.isUpperCase(m.charAt(0)) && !m.equals("XNUMX"))
                .map(SpeakerNames::fold)
                .sorted()
                .collect(Collectors.joining(" "));
    }
}
