package org.claimcheck.core.extract.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.claimcheck.core.model.CountedNoun;
import org.claimcheck.core.model.Dimension;
import org.claimcheck.core.text.CompassPoints;
import org.claimcheck.core.text.Token;

/**
 * Reads what the numbers of one tagged sentence count: the noun phrase right after a number ("18 Russian military
 * personnel"), through a classifier ("1,800 pieces of ammunition" counts ammunition), a partitive ("three of the
 * soldiers", "dozens of troops"), the group a bare number gives the size of ("a crew of six"), or, when the number
 * stands alone or refers back ("150 from the U.S. Special Forces", "about 150 of them", "45 others"), the nearest
 * plural noun before it in the sentence. Measures take what they measure as their noun without widening their span:
 * the noun right after them ("a 48-hour strike", "a $312 million loss") or their "of" phrase ("400 square miles of
 * Russian territory", but not the base of a ratio: "of GDP"); money also what it is for ("$2.8 billion for
 * defence") or made of ("€18m in add-ons"), and percentages the state they measure ("32 percent contained");
 * percentages, money, durations, speeds and lengths also the noun they are "of" ("a rise of 4.8 per cent"), what they
 * compare ("5 per cent more in property taxes"), the label they follow ("Libraries: $31.5 million"), the subject of a
 * linking verb or a verb of receiving ("turnout was 61.4%", "revenue fell to $4.82 billion", "Transit receives $96
 * million") and, except money and lengths, the verb they complete ("sentenced to three years"). Built once per
 * sentence, in time linear in its tokens; immutable.
 */
final class CountedNounReader {
    /**
     * Nouns that count units of something else: "pieces of ammunition", "rounds of artillery", "head of cattle"; not
     * "batches of a drug", each of which holds many.
     */
    private static final Set<String> CLASSIFIERS = Set.of("piece", "round", "item", "pair", "set", "kind", "type",
            "unit", "shell", "head");

    /**
     * Measures that may measure anything, so the words before them say what: a share, a sum, a span, a speed, a
     * height or depth.
     */
    private static final Set<Dimension> MEASURED_IN_CONTEXT = Set.of(Dimension.PERCENT, Dimension.MONEY,
            Dimension.DURATION, Dimension.SPEED, Dimension.LENGTH);
    /**
     * Measures that the verb they complete says what they are ("sentenced to 15 years"); money and lengths do not
     * ("spent $2.5 billion", "advanced 30 km").
     */
    private static final Set<Dimension> COMPLETING_VERBS = Set.of(Dimension.PERCENT, Dimension.DURATION,
            Dimension.SPEED);

    /** Groups whose "of" gives their size: "a crew of six", "a workforce of 46,000". */
    private static final Set<String> GROUPS = Set.of("crew", "workforce", "staff", "team", "garrison", "delegation",
            "convoy", "population", "force", "contingent", "group", "fleet", "battalion", "brigade", "regiment",
            "squad", "family", "class", "army", "navy", "membership");

    /** Heads that stand for a noun named earlier: "45 others", "10 more". */
    private static final Set<String> ANAPHORIC = Set.of("other", "more");

    private static final Set<String> POSSESSIVES = Set.of("our", "their", "its", "his", "her", "my", "your");
    /** Words that open a clause and end a noun phrase, whatever the tagger made of them: "a 38-mile trip while". */
    private static final Set<String> SUBORDINATORS = Set.of("while", "whereas", "although", "though", "because",
            "unless", "until", "whilst");
    /**
     * Words of place that, after a noun, say where its things are rather than name them, whatever the tagger made of
     * them: "212 miners underground", "40 crew aboard".
     */
    private static final Set<String> PLACE_ADVERBS = Set.of("underground", "aboard", "abroad", "overseas", "offshore",
            "ashore", "indoors", "outdoors", "upstairs", "downstairs", "inside", "outside", "nearby");

    /**
     * Verbs whose measure is a measure of their subject: "turnout was 61.4%", "prices rose by 7%", "inflation eased to
     * 3.1%".
     */
    private static final Set<String> LINKING = Set.of("be", "go", "stand", "peak", "reach", "hit", "rise", "fall",
            "climb", "drop", "remain", "total", "grow", "increase", "decrease", "decline", "jump", "surge", "plunge",
            "slide", "slip", "last", "average", "top", "exceed", "ease", "slow", "accelerate", "soar", "tumble", "sink",
            "dip", "shrink", "edge", "rebound", "hover", "settle", "widen", "narrow", "deepen", "swell", "balloon",
            "crest");

    /** Verbs whose measure is what their subject gets: "Transit receives $96 million". */
    private static final Set<String> RECEIVING = Set.of("receive", "get", "secure", "obtain");

    /** Verbs whose sum is a cost: "will cost $1.74 billion". */
    private static final Set<String> COST_VERBS = Set.of("cost");
    /** Verbs that move a sum to a new value: "pushing the total cost to", "brings the city's share to". */
    private static final Set<String> MOVING_VERBS = Set.of("push", "bring", "raise", "lift", "take", "drive", "put",
            "increase", "cut", "reduce", "lower", "boost");

    /** Verbs too light to say what their measure is of: "have 15 days", "show about 40%". */
    private static final Set<String> LIGHT = Set.of("have", "take", "get", "give", "make", "do", "see", "show", "put",
            "say", "find", "estimate");

    /**
     * Nouns of change that a percentage is so often a measure of that they are read whatever the tagger made of them
     * ("a 4.2 per cent pay rise", with "pay" and "rise" tagged as verbs).
     */
    private static final Set<String> CHANGES = Set.of("rise", "increase", "raise", "hike", "cut", "reduction", "fall",
            "drop", "decline", "gain", "jump");

    /** The forms a sum is paid in, which say nothing of what it is: "€1.83 billion in cash". */
    private static final Set<String> PAYMENT_FORMS = Set.of("cash", "stock", "share", "equity", "bond", "currency");

    /** Verbs whose sum says what it went "on": "spent $2.5 billion on security assistance". */
    private static final Set<String> SPENDING = Set.of("spend", "invest", "waste");

    /** Past participles that say what state a share is in: "32 percent contained", "61% vaccinated". */
    private static final Set<String> STATES = Set.of("contain", "vaccinate", "immunise", "immunize", "complete",
            "own", "fund", "occupy", "insure", "finish", "restore", "reopen", "destroy", "damage", "flood");

    /**
     * Words between a verb and its measure: "rose by", "sentenced to", "stands at", "jailed for", "rise from", "are
     * going up".
     */
    private static final Set<String> PARTICLES = Set.of("by", "to", "at", "for", "from", "up", "down");
    /** Words after a measure that compare it: "5 per cent more in property taxes". */
    private static final Set<String> COMPARATIVES = Set.of("more", "less", "higher", "lower", "fewer");
    /** Words after a comparative that name what is compared: "more in taxes", "more for electricity". */
    private static final Set<String> COMPARED_IN = Set.of("in", "on", "for");

    /** The words of a change between a verb and "to": "fell by more than 11 per cent, to", "rose from $3.25 to". */
    private static final Set<String> CHANGE_WORDS = Set.of("by", "more", "less", "than", "about", "around", "nearly",
            "almost", "some", "per", "cent", "percent", "point", "points", "percentage", "year", "on", "from");
    private static final int MAX_CHANGE_TOKENS = 8;
    /** The most tokens a restatement in brackets takes, brackets included: "(about 980 feet)". */
    private static final int MAX_RESTATEMENT_TOKENS = 7;

    /** Nouns that say when, not what: "3.5 per cent next year". */
    private static final Set<String> TIMES = Set.of("year", "month", "week", "day", "hour", "minute", "quarter",
            "decade", "century", "time", "morning", "evening", "night", "weekend");

    /**
     * What a share of the economy is a share of, not what it measures: "a deficit of 2.3% of GDP" measures the
     * deficit.
     */
    private static final Set<String> RATIO_BASES = Set.of("gdp", "gnp", "gni", "product", "output");

    /** Words that say where, not what, besides the points of the compass: "12 miles inland". */
    private static final Set<String> INLAND_OR_OFFSHORE = Set.of("inland", "offshore");

    /** Words after a length that make it a distance between places: "five miles from the coast", "off Skarra". */
    private static final Set<String> DISTANCE_WORDS = Set.of("from", "off", "away", "offshore", "inland", "outside",
            "downslope", "downhill", "uphill", "downstream", "upstream", "downriver");
    /** Words after a length that make it a depth: "14 miles below the surface", "14 km deep". */
    private static final Set<String> DEPTH_WORDS = Set.of("below", "beneath", "underground", "deep", "down");

    /** The machine-translation artefact standing for a lost number; it belongs to no phrase. */
    private static final String ARTEFACT = "XNUMX";

    /** What was read: the noun, and where the claim's span ends when the noun phrase extends it. */
    record Reading(CountedNoun noun, int end) {
    }

    private record Phrase(int first, int head, int end) {
    }

    private final String sentence;
    private final List<Token> tokens;
    /** pluralAtOrBefore[j] is the index of the last plural common noun among tokens 0..j, or -1. */
    private final int[] pluralAtOrBefore;

    /** A reader for {@code sentence}, whose tokens are {@code tokens}. */
    CountedNounReader(String sentence, List<Token> tokens) {
        this.sentence = sentence;
        this.tokens = List.copyOf(tokens);
        this.pluralAtOrBefore = new int[tokens.size()];
        int last = -1;
        for (int j = 0; j < tokens.size(); j++) {
            if ("NOUN".equals(tokens.get(j).tag()) && isPlural(tokens.get(j))) {
                last = j;
            }
            pluralAtOrBefore[j] = last;
        }
    }

    /** The counted noun of {@code quantity}, found in this reader's sentence. */
    Reading read(ScannedQuantity quantity) {
        int next = firstTokenFrom(quantity.end());
        if (!quantity.isCount()) {
            return measuredNoun(quantity, next);
        }
        Phrase phrase = phraseAt(next);
        if (phrase != null) {
            return countedPhrase(quantity, phrase);
        }
        if (isWord(next, "of")) {
            int target = skipDeterminers(next + 1);
            if (target < tokens.size() && "PRON".equals(tokens.get(target).tag())) {
                return new Reading(earlierMention(quantity.start()), tokens.get(target).end());
            }
            Phrase partitive = phraseAt(target);
            if (partitive != null) {
                return new Reading(noun(partitive), endOf(partitive));
            }
        }
        CountedNoun group = groupBefore(firstTokenFrom(quantity.start()) - 1);
        return new Reading(group != null ? group : earlierMention(quantity.start()), quantity.end());
    }

    /** "a crew of six", "a workforce of 46,000": the group a bare number after "of" gives the size of. */
    private CountedNoun groupBefore(int of) {
        if (of < 1 || !tokens.get(of).text().equalsIgnoreCase("of")) {
            return null;
        }
        Token group = tokens.get(of - 1);
        return "NOUN".equals(group.tag()) && GROUPS.contains(group.lemma()) ? nounEndingAt(of - 1) : null;
    }

    private Reading countedPhrase(ScannedQuantity quantity, Phrase phrase) {
        String head = lemma(tokens.get(phrase.head()));
        if (ANAPHORIC.contains(head)) {
            CountedNoun earlier = earlierMention(quantity.start());
            return new Reading(earlier.head() != null ? earlier : noun(phrase), endOf(phrase));
        }
        if (CLASSIFIERS.contains(head)) {
            Phrase inner = phraseAfter(phrase.end(), "of");
            if (inner != null) {
                CountedNoun innerNoun = noun(inner);
                String whole = sentence.substring(tokens.get(phrase.first()).start(), endOf(inner));
                return new Reading(new CountedNoun(whole, innerNoun.head(), innerNoun.modifiers()), endOf(inner));
            }
        }
        return new Reading(noun(phrase), endOf(phrase));
    }

    private Reading measuredNoun(ScannedQuantity quantity, int at) {
        int next = pastRestatement(at);
        int before = firstTokenFrom(quantity.start()) - 1;
        CountedNoun noun = ofPhrase(next);
        if (noun == null && quantity.dimension() == Dimension.LENGTH) {
            noun = spatialRelation(next);
        }
        boolean measuredInContext = MEASURED_IN_CONTEXT.contains(quantity.dimension());
        if (noun == null && measuredInContext) {
            noun = ofBefore(before);
        }
        if (noun == null && measuredInContext) {
            noun = comparedThing(next);
        }
        if (noun == null) {
            noun = nounAfter(next);
        }
        if (noun == null && quantity.dimension() == Dimension.MONEY) {
            noun = purpose(before, next);
        }
        if (noun == null && quantity.dimension() == Dimension.MONEY) {
            noun = inPhrase(next);
        }
        if (noun == null && quantity.dimension() == Dimension.MONEY) {
            noun = costOrMovedSum(before);
        }
        if (noun == null && quantity.dimension() == Dimension.PERCENT) {
            noun = stateAfter(next);
        }
        if (noun == null && measuredInContext) {
            noun = leadingWords(before, COMPLETING_VERBS.contains(quantity.dimension()));
        }
        return new Reading(noun == null ? CountedNoun.none() : noun, quantity.end());
    }

    /**
     * The token after a measure's restatement in brackets, which stands between the measure and its words: "about 300
     * meters (980 feet) of the highway", and for the restatement itself the token after its closing bracket;
     * {@code next} itself when no bracket is there.
     */
    private int pastRestatement(int next) {
        if (isWord(next, ")")) {
            return next + 1;
        }
        if (!isWord(next, "(")) {
            return next;
        }
        for (int j = next + 1; j < Math.min(tokens.size(), next + MAX_RESTATEMENT_TOKENS); j++) {
            if (isWord(j, ")")) {
                return j + 1;
            }
        }
        return next;
    }

    /**
     * "a 48-hour sympathy strike", "95% coverage", "a 4% pay rise": the thing a measure qualifies, without a linking
     * verb the tagger took for a noun ("a four-year sentence stands").
     */
    private CountedNoun nounAfter(int next) {
        for (int j = next; j < Math.min(next + 2, tokens.size()); j++) {
            boolean modified = j == next || isModifier(tokens.get(next));
            if (modified && CHANGES.contains(tokens.get(j).lemma())) {
                return noun(new Phrase(next, j, j + 1));
            }
        }
        Phrase after = phraseAt(next);
        if (after != null && after.head() > after.first() && LINKING.contains(tokens.get(after.head()).lemma())) {
            after = new Phrase(after.first(), after.head() - 1, after.head());
        }
        return thing(after);
    }

    /**
     * "a shortfall of nearly $28 million", "a rise of 4.8 per cent": the noun right before the "of" that ends at token
     * {@code last}, before the measure; {@code null} when there is none.
     */
    private CountedNoun ofBefore(int last) {
        return last >= 1 && isWord(last, "of") && "NOUN".equals(tokens.get(last - 1).tag())
                ? nounEndingAt(last - 1) : null;
    }

    /**
     * "5 per cent more in property taxes", "10% more for electricity": what a measure followed by a comparative
     * compares; {@code null} when no noun phrase follows.
     */
    private CountedNoun comparedThing(int next) {
        if (next + 1 >= tokens.size() || !COMPARATIVES.contains(tokens.get(next).text().toLowerCase(Locale.ROOT))
                || !COMPARED_IN.contains(tokens.get(next + 1).text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        Phrase phrase = phraseAt(skipDeterminers(next + 2));
        return thing(phrase);
    }

    /**
     * What a length is by the word after it: a distance between places ("22 kilometres south-west of Calbrin", "five
     * miles from the coast") or a depth ("14 miles below the surface", "14 km deep"); {@code null} for anything else.
     */
    private CountedNoun spatialRelation(int next) {
        if (next >= tokens.size()) {
            return null;
        }
        String word = tokens.get(next).text().toLowerCase(Locale.ROOT);
        if (isDirection(word) || DISTANCE_WORDS.contains(word)) {
            return new CountedNoun(null, "distance", List.of());
        }
        return DEPTH_WORDS.contains(word) ? new CountedNoun(null, "depth", List.of()) : null;
    }

    /**
     * "32 percent contained", "61 percent vaccinated": the state a share of something is in, one of {@link #STATES}
     * right after it ("61.4% compared with 58%" says no state).
     */
    private CountedNoun stateAfter(int next) {
        if (next >= tokens.size()) {
            return null;
        }
        Token token = tokens.get(next);
        return STATES.contains(token.lemma()) && token.text().endsWith("ed")
                ? new CountedNoun(token.text(), token.lemma(), List.of()) : null;
    }

    /**
     * What a sum is for: "$2.8 billion for defence", "€40m, for hospitals", and after a verb of spending "spent $5
     * million on security"; {@code null} when no common noun follows ("for a year", "on Tuesday", "for failing",
     * "earned $3.1 billion on sales").
     */
    private CountedNoun purpose(int before, int next) {
        int at = isWord(next, ",") ? next + 1 : next;
        boolean spent = before >= 0 && SPENDING.contains(tokens.get(before).lemma());
        if (!isWord(at, "for") && !(spent && isWord(at, "on"))) {
            return null;
        }
        Phrase phrase = phraseAt(skipDeterminers(at + 1));
        return thing(phrase);
    }

    /**
     * "€18m in add-ons", "$40 million in damage": what a sum is made of, the common noun after "in"; {@code null} for
     * a time or a place ("in 2024", "in the first quarter", "in Ukraine") and for the form it is paid in ("€1.83
     * billion in cash").
     */
    private CountedNoun inPhrase(int next) {
        CountedNoun made = thing(phraseAfter(next, "in"));
        return made != null && !PAYMENT_FORMS.contains(made.head()) ? made : null;
    }

    /**
     * What a sum is by the verb before it: the cost of what "will cost $1.74 billion", and the sum a verb moved to
     * it ("pushing the total cost of the project to $1.47 billion", "brings the city's share to $715 million");
     * {@code null} otherwise.
     */
    private CountedNoun costOrMovedSum(int before) {
        if (before < 0) {
            return null;
        }
        Token verb = tokens.get(before);
        if (verb.isVerb() && COST_VERBS.contains(verb.lemma())) {
            return new CountedNoun(verb.text(), "cost", List.of());
        }
        if (!verb.text().equalsIgnoreCase("to") || before < 2 || !isCommonNoun(before - 1)) {
            return null;
        }
        int head = before - 1;
        int first = groupStart(head);
        if (first >= 2 && isWord(first - 1, "of") && isCommonNoun(first - 2)) {
            head = first - 2;
            first = groupStart(head);
        }
        boolean moved = first > 0 && tokens.get(first - 1).isVerb()
                && MOVING_VERBS.contains(tokens.get(first - 1).lemma());
        return moved ? nounEndingAt(head) : null;
    }

    /** A word that can modify a noun after it, whatever the tagger made of it: "pay" in "a 4% pay rise". */
    private static boolean isModifier(Token token) {
        return token.isNoun() || token.isAdjective() || token.isVerb();
    }

    /**
     * "… of Russian territory", "… of the vote" right after a measure; {@code null} when there is none or it names
     * a time or the base of a ratio ("of GDP").
     */
    private CountedNoun ofPhrase(int next) {
        Phrase phrase = phraseAfter(next, "of");
        if (phrase == null) {
            return null;
        }
        String head = lemma(tokens.get(phrase.head()));
        return TIMES.contains(head) || RATIO_BASES.contains(head) ? null : noun(phrase);
    }

    /**
     * What the words ending at token {@code last}, before a measure, say it measures: the noun cut "by" it ("the
     * budget by"), the label it follows ("Libraries: $31.5 million"), the noun changed from it or from a value before
     * it ("raised the cash fare from $3.00 to $3.25"), the subject of a linking verb ("turnout was", "prices rose by")
     * or of a verb of receiving ("Transit receives") or, when {@code completesVerb}, the verb it completes ("sentenced
     * to"); {@code null} when they say none of these. Money never takes its verb ("spent", "provided" and "gave" $2.5
     * billion are one sum), and neither does a length ("advanced" and "pushed" 30 km).
     */
    private CountedNoun leadingWords(int last, boolean completesVerb) {
        if (last < 1) {
            return null;
        }
        String word = tokens.get(last).text().toLowerCase(Locale.ROOT);
        Token before = tokens.get(last - 1);
        boolean linking = LINKING.contains(before.lemma());
        boolean label = word.equals(":") && (last == 1 || "PUNCT".equals(tokens.get(last - 2).tag()));
        if ((word.equals("by") && !linking || label) && "NOUN".equals(before.tag())) {
            return nounEndingAt(last - 1);
        }
        int verb = PARTICLES.contains(word) ? overChange(last - 1) : last;
        Token token = tokens.get(verb);
        if (verb < last && "NOUN".equals(token.tag()) && isWord(verb + 1, "from")) {
            return nounEndingAt(verb);
        }
        boolean mistaken = token.isMistakenVerb();
        String lemma = token.verbLemma();
        boolean verbal = token.isVerb() || "AUX".equals(token.tag()) || mistaken
                || verb < last && LINKING.contains(lemma);
        if (!verbal) {
            return null;
        }
        if (LINKING.contains(lemma) || RECEIVING.contains(lemma)) {
            return subjectOf(verb);
        }
        return token.isVerb() && !LIGHT.contains(token.lemma()) && completesVerb
                ? new CountedNoun(token.text(), token.lemma(), List.of()) : null;
    }

    /**
     * The verb before the change it underwent, from the token at {@code i} back: "fell 11.4% to", "fell by more than
     * 11%, to" give the index of "fell"; {@code i} itself when no change stands there.
     */
    private int overChange(int i) {
        int k = i;
        while (k >= 0 && i - k < MAX_CHANGE_TOKENS && isChangeWord(tokens.get(k))) {
            k--;
        }
        return k >= 0 && i - k < MAX_CHANGE_TOKENS ? k : i;
    }

    private static boolean isChangeWord(Token token) {
        return "NUM".equals(token.tag()) || "SYM".equals(token.tag()) || token.text().equals(",") || isFigure(token)
                || CHANGE_WORDS.contains(token.text().toLowerCase(Locale.ROOT));
    }

    /**
     * A number however the tagger took it, which counts a noun rather than describing it: "Seven" of "Seven people
     * died", taken for a noun at the start of a sentence.
     */
    private static boolean isNumber(Token token) {
        return "NUM".equals(token.tag()) || isFigure(token)
                || NumberWords.isNumberWord(token.text().toLowerCase(Locale.ROOT));
    }

    /** A number however the tagger took it: "$3.25" can be tagged as a noun. */
    private static boolean isFigure(Token token) {
        String text = token.text();
        if (text.isEmpty() || !Character.isDigit(text.charAt(text.length() - 1))) {
            return false;
        }
        char first = text.charAt(0);
        return Character.isDigit(first) || Character.getType(first) == Character.CURRENCY_SYMBOL;
    }

    /**
     * The subject of the verb at {@code verb}: the nearest common noun group before it, or, when that group ends a
     * prepositional phrase, the noun group the phrase belongs to ("Turnout in the April 27 election was" gives
     * turnout); {@code null} at a pronoun or at the start of the clause. When the tagger took the verb for an
     * adjective, it often took its subject for one too: "…, efficacy fell to 67 percent" gives efficacy.
     */
    private CountedNoun subjectOf(int verb) {
        if (isMistakenSubject(verb - 1) && tokens.get(verb).isMistakenVerb() && overPlaceName(verb - 1) == verb - 1) {
            return nounEndingAt(verb - 1);
        }
        int i = verb - 1;
        while (i >= 0 && tokens.get(i).isVerbQualifier()) {
            i--;
        }
        i = overPlaceName(i);
        while (i >= 0 && isCommonNoun(i)) {
            int first = groupStart(i);
            if (first == 0 || !"ADP".equals(tokens.get(first - 1).tag())) {
                return nounEndingAt(i);
            }
            i = overPlaceName(first - 2);
        }
        return null;
    }

    /**
     * Whether the word at {@code i}, right before a verb the tagger mistook, is a subject it mistook too: an adjective,
     * or an adverb opening its clause ("…, about 2,900 people, efficacy fell to 67 percent").
     */
    private boolean isMistakenSubject(int i) {
        if (i < 0 || !tokens.get(i).isAdjective() && !"ADV".equals(tokens.get(i).tag())) {
            return false;
        }
        return tokens.get(i).isAdjective() || i == 0 || "PUNCT".equals(tokens.get(i - 1).tag())
                || "DET".equals(tokens.get(i - 1).tag());
    }

    /**
     * The token before a prepositional phrase of names ending at {@code i} ("Home prices in Kaldoria" gives
     * "prices"), or {@code i} itself when no such phrase ends there.
     */
    private int overPlaceName(int i) {
        int k = i;
        while (k > 0 && (tokens.get(k).isProperNoun() || Character.isUpperCase(tokens.get(k).text().charAt(0)))) {
            k--;
        }
        return k < i && k > 0 && "ADP".equals(tokens.get(k).tag()) ? k - 1 : i;
    }

    /** A common noun, or a capitalised one opening the sentence that the tagger took for a name ("Revenue fell"). */
    private boolean isCommonNoun(int i) {
        Token token = tokens.get(i);
        boolean opening = i == 0 && token.isProperNoun() && (tokens.size() == 1 || !tokens.get(1).isProperNoun());
        return "NOUN".equals(token.tag()) || opening;
    }

    private static boolean isNounGroupWord(Token token) {
        return token.isNoun() || token.isAdjective() || "DET".equals(token.tag()) || "NUM".equals(token.tag())
                || isPossessive(token);
    }

    /**
     * Where the noun group ending at {@code head} starts: its numbers, adjectives and nouns, up to its determiner
     * ("In 2022 the cash fare" starts at "the").
     */
    private int groupStart(int head) {
        int first = head;
        while (first > 0 && isNounGroupWord(tokens.get(first - 1)) && !"DET".equals(tokens.get(first).tag())) {
            first--;
        }
        return first;
    }

    /** The noun group whose head is the common noun at {@code head}, with the adjectives and nouns before it. */
    private CountedNoun nounEndingAt(int head) {
        int first = head;
        while (first > 0 && (tokens.get(first - 1).isAdjective() || tokens.get(first - 1).isNoun())
                && !isNumber(tokens.get(first - 1))) {
            first--;
        }
        return noun(new Phrase(first, head, head + 1));
    }

    /** The counted noun of a phrase that names a thing ({@link #isThing}), or {@code null}. */
    private CountedNoun thing(Phrase phrase) {
        return phrase != null && isThing(tokens.get(phrase.head())) ? noun(phrase) : null;
    }

    /** A common noun that names a thing rather than a time. */
    private static boolean isThing(Token token) {
        return !token.isProperNoun() && !TIMES.contains(lemma(token)) && !isDirection(lemma(token));
    }

    /** A word that says where, not what: "nine nautical miles north of Skarra", "12 miles inland". */
    private static boolean isDirection(String word) {
        return CompassPoints.contains(word) || INLAND_OR_OFFSHORE.contains(word);
    }

    /**
     * The noun phrase starting at token {@code i}: adjectives, nouns and names ending in a noun; an adjective after a
     * noun opens no more of it ("the 14 deaths involved people": the tagger may take "involved" for an adjective). The
     * word after a hyphen inside a word belongs to it whatever its tag ("low-paid workers"), and a noun with "'s"
     * after a determiner is the phrase's determiner ("the country's lowest-paid workers"), but not right after a
     * number ("one month's figure" counts no figures).
     */
    private Phrase phraseAt(int i) {
        int head = -1;
        int lastAdjective = -1;
        int first = i;
        int j = i;
        for (; j < tokens.size(); j++) {
            Token token = tokens.get(j);
            if (token.text().equals(ARTEFACT) || isInnerHyphen(j)) {
                continue;
            }
            if (j == first && j > 0 && j + 1 < tokens.size() && isPossessive(token)
                    && "DET".equals(tokens.get(j - 1).tag())) {
                first = j + 1;
                continue;
            }
            if (j > first && isInnerHyphen(j - 1) && !token.isNoun()) {
                lastAdjective = head < 0 ? j : lastAdjective;
                continue;
            }
            if (token.isProperNoun() && head >= 0 && !tokens.get(head).isProperNoun()
                    || SUBORDINATORS.contains(lemma(token)) || head >= 0 && PLACE_ADVERBS.contains(token.text())) {
                break;
            }
            if (token.isNoun() || continuesName(first, j)) {
                head = j;
            } else if ((token.isAdjective() || isParticipleBeforeNoun(j)) && head < 0) {
                lastAdjective = j;
            } else {
                break;
            }
        }
        if (head < 0 && lastAdjective == first && lastAdjective == j - 1) {
            head = lastAdjective;
        }
        if (head < 0 || tokens.get(head).text().length() < 2) {
            return null;
        }
        while (tokens.get(first).text().equals(ARTEFACT)) {
            first++;
        }
        Token start = tokens.get(first);
        boolean opens = start.isNoun() || start.isAdjective() || isParticipleBeforeNoun(first);
        return opens ? new Phrase(first, head, head + 1) : null;
    }

    /** A noun written with "'s": "country's" of "the country's lowest-paid workers". */
    private static boolean isPossessive(Token token) {
        return token.tag().endsWith("+PART");
    }

    /** A past participle that describes the noun after it: "460 planned operations", "300 damaged homes". */
    private boolean isParticipleBeforeNoun(int j) {
        Token token = tokens.get(j);
        return token.isVerb() && token.text().endsWith("ed") && j + 1 < tokens.size() && tokens.get(j + 1).isNoun()
                && !tokens.get(j + 1).isProperNoun();
    }

    /** A capitalized word inside a name that the tagger took for a verb ("U.S. Special Forces"). */
    private boolean continuesName(int phraseStart, int j) {
        Token token = tokens.get(j);
        return j > phraseStart && Character.isUpperCase(token.text().charAt(0)) && tokens.get(j - 1).isProperNoun()
                && (token.isVerb() || "X".equals(token.tag()));
    }

    private boolean isInnerHyphen(int j) {
        return j > 0 && j + 1 < tokens.size() && tokens.get(j).text().equals("-")
                && tokens.get(j - 1).end() == tokens.get(j).start() && tokens.get(j).end() == tokens.get(j + 1).start();
    }

    /** The nearest plural common noun ending before {@code offset}, with the words that modify it. */
    private CountedNoun earlierMention(int offset) {
        int before = firstTokenFrom(offset) - 1;
        while (before >= 0 && tokens.get(before).end() > offset) {
            before--;
        }
        int head = before >= 0 ? pluralAtOrBefore[before] : -1;
        return head < 0 ? CountedNoun.none() : nounEndingAt(head);
    }

    /**
     * The counted noun of a phrase. A common word that opens the sentence is written in lower case among the
     * modifiers, so that only names keep their capital ("Annual inflation" is modified by "annual").
     */
    private CountedNoun noun(Phrase phrase) {
        List<String> modifiers = new ArrayList<>();
        for (int j = phrase.first(); j < phrase.head(); j++) {
            Token token = tokens.get(j);
            if (!token.text().equals(ARTEFACT) && !isInnerHyphen(j)) {
                modifiers.add(j == 0 && !token.isProperNoun() ? token.text().toLowerCase(Locale.ROOT) : token.text());
            }
        }
        String text = sentence.substring(tokens.get(phrase.first()).start(), endOf(phrase));
        Token head = tokens.get(phrase.head());
        boolean opening = phrase.head() == 0 && isCommonNoun(0);
        return new CountedNoun(text, opening ? commonLemma(head) : lemma(head), modifiers);
    }

    private int endOf(Phrase phrase) {
        return tokens.get(phrase.end() - 1).end();
    }

    /** The index of the first token starting at or after {@code offset}, by binary search. */
    private int firstTokenFrom(int offset) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid).start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private boolean isWord(int j, String word) {
        return j < tokens.size() && tokens.get(j).text().equalsIgnoreCase(word);
    }

    /** The noun phrase after {@code word} at token {@code at} and its determiners, or {@code null}. */
    private Phrase phraseAfter(int at, String word) {
        return isWord(at, word) ? phraseAt(skipDeterminers(at + 1)) : null;
    }

    private int skipDeterminers(int i) {
        int j = i;
        while (j < tokens.size() && ("DET".equals(tokens.get(j).tag()) || ("PRON".equals(tokens.get(j).tag())
                && POSSESSIVES.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))))) {
            j++;
        }
        return j;
    }

    private static boolean isPlural(Token token) {
        String lower = token.text().toLowerCase(Locale.ROOT);
        return !token.lemma().equals(lower) || (lower.endsWith("s") && !lower.endsWith("ss")) || lower.endsWith("men")
                || lower.equals("people");
    }

    /** The lower-case dictionary form of a head noun, mending plurals the lemmatizer leaves alone ("troops"). */
    static String lemma(Token token) {
        return token.isProperNoun() ? token.text().toLowerCase(Locale.ROOT) : commonLemma(token);
    }

    /** The dictionary form of a token read as a common noun, whatever its tag: "share" for an opening "Shares". */
    private static String commonLemma(Token token) {
        String lower = token.text().toLowerCase(Locale.ROOT);
        if (!token.lemma().equals(lower)) {
            return token.lemma();
        }
        if (lower.endsWith("men") && lower.length() > 4) {
            return lower.substring(0, lower.length() - 3) + "man";
        }
        if (lower.endsWith("ies") && lower.length() > 4) {
            return lower.substring(0, lower.length() - 3) + "y";
        }
        if (lower.endsWith("ches") || lower.endsWith("shes") || lower.endsWith("sses") || lower.endsWith("xes")) {
            return lower.substring(0, lower.length() - 2);
        }
        if (lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is")) {
            return lower.substring(0, lower.length() - 1);
        }
        return lower;
    }
}
