package org.claimcheck.rules.compare;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.claimcheck.core.model.Claim;
import org.claimcheck.core.model.CountedNoun;
import org.claimcheck.core.model.Dimension;
import org.claimcheck.core.model.DocumentInfo;
import org.claimcheck.core.model.QuantityClaim;
import org.claimcheck.rules.config.RulesConfig;

/**
 * Finds the pairs of numbers that state the same fact. The fact key is the dimension, what is counted (noun group
 * and its proper-name modifiers: Russian vs North Korean soldiers) or the currency, and the event class (killed vs
 * wounded); within a key, {@link SameFact} checks place, time, publication and vocabulary.
 */
public final class QuantityFacts {
    /**
     * "131 of the drones", "nine of them", "128 of 146": a number of a group already named; not "212 of its people",
     * which names whose they are.
     */
    private static final Pattern PARTITIVE = Pattern.compile("\\bof (the|them|those|these|\\d)",
            Pattern.CASE_INSENSITIVE);
    /** "a further $500 million", "another 40": an amount added to one given before. */
    private static final Pattern ADDED = Pattern.compile("\\b(a further|another|an additional|an extra)\\s*$");
    /** "a margin of 1,187 votes", "rose by 7%": the words before a difference between two values. */
    private static final Pattern CHANGE_BEFORE = Pattern.compile("\\b((margin|lead|majority) (of|to|at)|(rose|risen|rises|fell"
            + "|fallen|falls|increased|decreased|grew|grown|dropped|jumped|climbed|won|lost|raised|lowered|reduced|cut"
            + "|narrowed|widened|shrank) by)\\s*$");
    /** "three metres above flood stage", "1.2 points ahead of": the words after a difference between two values. */
    private static final Pattern CHANGE_AFTER = Pattern.compile(
            "^\\s*(above|below|higher than|lower than|ahead of|behind|more than|fewer than|less than)\\b");
    /** "…, down from 140,000", "to $38 from $52": the value a figure replaced. */
    private static final Pattern EARLIER = Pattern.compile("(\\b(up|down)|\\bto \\S+( [a-z]+)?,?) from\\s*$");
    /** "including all 1,100 at Granholm": a part of a total given before. */
    private static final Pattern INCLUDED = Pattern.compile("\\b(including|among them)( all)?\\s*$");
    /** "Of the 74 officers hurt on Saturday, six …": a sentence that opens with the total its number is part of. */
    private static final Pattern OF_TOTAL = Pattern.compile("of (the|its|their) [\\d,]+ [^,]*, ");
    /** "two people familiar with the readings": the sources of a report, not a fact of it. */
    private static final Pattern SOURCES = Pattern.compile(
            "^\\s*(familiar with|with knowledge of|briefed on|close to|who spoke on condition)\\b");
    /** "seven" of "one in seven": the whole of a proportion. */
    private static final Pattern PROPORTION_BEFORE = Pattern.compile("\\b(one|two|three) in\\s*$");
    /** "one in seven": a proportion, not a count. */
    private static final Pattern PROPORTION = Pattern.compile("^\\s*in (\\d{1,3}\\b(?!,)|one|two|three|four|five"
            + "|six|seven|eight|nine|ten|\\w+teen|twenty|a hundred)\\b");
    /**
     * "€310 million a week", "$5 per day": an amount per period, a rate rather than a total; not "a year ago" or "a
     * day after the strike".
     */
    private static final Pattern RATE = Pattern.compile(
            "(^|\\s)(a|an|per|each) (day|week|month|year)\\b(?!\\s*(ago|earlier|later|after|before))");
    private static final int NEARBY = 16;
    /** How far back "Of the 74 officers hurt on Saturday," may start before a part. */
    private static final int OPENING_REACH = 100;
    /** How far back "to 62,000 households from" may start before a replaced value. */
    private static final int EARLIER_REACH = 40;

    private final Vocabulary vocabulary;
    private final RulesConfig config;
    private final SameFact sameFact;
    private final Map<String, DocumentInfo> documents;

    public QuantityFacts(Vocabulary vocabulary, RulesConfig config, Map<String, DocumentInfo> documents) {
        this.vocabulary = vocabulary;
        this.config = config;
        this.documents = documents;
        this.sameFact = new SameFact(documents, config.maxDaysApart());
    }

    /** The pairs of claims among {@code claims} that state the same fact, the earlier-published claim first. */
    public FactPairs<QuantityClaim, QuantityPair> pairs(List<QuantityClaim> claims) {
        List<QuantityClaim> ordered = ClaimOrder.sorted(claims, documents);
        FactPairs<QuantityClaim, QuantityPair> pairs = new FactPairs<>(ordered);
        SameFact.Setting[] settings = new SameFact.Setting[ordered.size()];
        HedgeInterval[] ranges = new HedgeInterval[ordered.size()];
        for (int i = 0; i < ordered.size(); i++) {
            QuantityClaim claim = ordered.get(i);
            settings[i] = sameFact.setting(claim, claim.context());
            ranges[i] = HedgeInterval.of(claim.amount(), config.tolerances());
        }
        Blocks.pairs(ordered, this::key, i -> settings[i].eventNames(), Blocks.DEFAULT_WINDOW, (i, j) -> {
            QuantityClaim a = ordered.get(i);
            QuantityClaim b = ordered.get(j);
            if (nounsAgree(a, b) && sameFact.compatible(settings[i], settings[j])) {
                pairs.add(new QuantityPair(a, b, ranges[i], ranges[j], strong(a) && strong(b)), i, j);
            }
        });
        return pairs;
    }

    /**
     * The fact key, or {@code null} when the claim says too little about what it counts or measures to be compared
     * (percentages, durations and speeds, which can measure anything, are keyed by what they measure rather than by
     * their event: "a 4.2% pay rise" and "a pay rise of 4.8%"), counts the sources of a report ("two people familiar with the readings") or is a proportion ("one in seven"). A part of a
     * group named before ("131 of the drones") is a fact of its own, never the size of the group, and so are an
     * amount added to another, a difference and a replaced value (see {@link #role}); money per period ("€310 million
     * a week") is compared only with money per the same period.
     */
    String key(QuantityClaim claim) {
        Dimension dimension = claim.amount().dimension();
        SentenceWords words = SentenceWords.of(claim);
        boolean proportion = PROPORTION.matcher(words.after(NEARBY)).find()
                || PROPORTION_BEFORE.matcher(words.before(NEARBY)).find();
        if (SOURCES.matcher(words.after(NEARBY)).find() || proportion) {
            return null;
        }
        String event = vocabulary.eventClass(claim.context().predicate(), claim.context().keywords())
                + SeparateEvent.keySuffix(words);
        String part = role(claim, words);
        return switch (dimension) {
            case COUNT -> claim.noun().head() == null ? null
                    : "count|" + vocabulary.nounClass(claim.noun().head()) + "|" + event + "|" + names(claim.noun())
                            + part;
            case MONEY -> "money|" + claim.amount().unit() + "|" + event + part + period(words);
            case PERCENT, DURATION, SPEED -> claim.noun().head() == null ? null
                    : dimension.name().toLowerCase(Locale.ROOT) + "|" + vocabulary.nounClass(claim.noun().head())
                            + "|" + names(claim.noun()) + part;
            default -> dimension.name().toLowerCase(Locale.ROOT) + "|" + event + part;
        };
    }

    /**
     * What the number is besides a figure of the fact its words name: a part of a group named before ("131 of the
     * drones", "including all 1,100 at Granholm", "Of the 74 officers hurt, six"), an amount added to another ("a further $500 million"), a
     * difference between two values ("a margin of 1,187 votes", "three metres above flood stage") or a value since
     * replaced ("down from 140,000", "to $38 from $52").
     */
    private static String role(QuantityClaim claim, SentenceWords words) {
        String before = words.before(NEARBY);
        String after = words.after(NEARBY);
        String opening = words.before(OPENING_REACH);
        boolean ofTotal = words.sentence().startsWith(opening) && OF_TOTAL.matcher(opening).matches();
        boolean included = INCLUDED.matcher(before).find() || ofTotal;
        if (PARTITIVE.matcher(claim.mention().text()).find() || included) {
            return "|part";
        }
        if (ADDED.matcher(before).find()) {
            return "|added";
        }
        if (CHANGE_BEFORE.matcher(before).find() || CHANGE_AFTER.matcher(after).find()) {
            return "|change";
        }
        boolean fromTo = before.endsWith("from ") && after.startsWith(" to ");
        return EARLIER.matcher(words.before(EARLIER_REACH)).find() || fromTo ? "|earlier" : "";
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
     */
    private boolean nounsAgree(QuantityClaim a, QuantityClaim b) {
        Dimension dimension = a.amount().dimension();
        boolean aSays = a.noun().head() != null;
        boolean bSays = b.noun().head() != null;
        if (dimension == Dimension.COUNT || !aSays && !bSays) {
            return true;
        }
        if (!aSays || !bSays) {
            return dimension != Dimension.MONEY;
        }
        return vocabulary.nounClass(a.noun().head()).equals(vocabulary.nounClass(b.noun().head()))
                && names(a.noun()).equals(names(b.noun()));
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
