package org.claimcheck.core.extract.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.claimcheck.core.model.CountedNoun;
import org.claimcheck.core.model.Dimension;
import org.claimcheck.core.text.Token;

/**
 * Reads what the numbers of one tagged sentence count: the noun phrase right after a number ("18 Russian military
 * personnel"), through a classifier ("1,800 pieces of ammunition" counts ammunition), a partitive ("three of the
 * soldiers", "dozens of troops"), or, when the number stands alone or refers back ("150 from the U.S. Special
 * Forces", "about 150 of them", "45 others"), the nearest plural noun before it in the sentence. Measures
 * ("400 square miles of Russian territory") take the "of" phrase as their noun without widening their span.
 * Built once per sentence, in time linear in its tokens; immutable.
 */
final class CountedNounReader {
    /** Nouns that count units of something else: "pieces of ammunition", "rounds of artillery". */
    private static final Set<String> CLASSIFIERS = Set.of("piece", "round", "item", "pair", "set", "kind", "type",
            "batch", "unit", "shell", "load");

    /** Heads that stand for a noun named earlier: "45 others", "10 more". */
    private static final Set<String> ANAPHORIC = Set.of("other", "more");

    private static final Set<String> POSSESSIVES = Set.of("our", "their", "its", "his", "her", "my", "your");

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
        return new Reading(earlierMention(quantity.start()), quantity.end());
    }

    private Reading countedPhrase(ScannedQuantity quantity, Phrase phrase) {
        String head = lemma(tokens.get(phrase.head()));
        if (ANAPHORIC.contains(head)) {
            CountedNoun earlier = earlierMention(quantity.start());
            return new Reading(earlier.head() != null ? earlier : noun(phrase), endOf(phrase));
        }
        if (CLASSIFIERS.contains(head) && isWord(phrase.end(), "of")) {
            Phrase inner = phraseAt(skipDeterminers(phrase.end() + 1));
            if (inner != null) {
                CountedNoun innerNoun = noun(inner);
                String whole = sentence.substring(tokens.get(phrase.first()).start(), endOf(inner));
                return new Reading(new CountedNoun(whole, innerNoun.head(), innerNoun.modifiers()), endOf(inner));
            }
        }
        return new Reading(noun(phrase), endOf(phrase));
    }

    private Reading measuredNoun(ScannedQuantity quantity, int next) {
        boolean physical = quantity.dimension() != Dimension.MONEY && quantity.dimension() != Dimension.PERCENT;
        if (physical && isWord(next, "of")) {
            Phrase phrase = phraseAt(skipDeterminers(next + 1));
            if (phrase != null) {
                return new Reading(noun(phrase), quantity.end());
            }
        }
        return new Reading(CountedNoun.none(), quantity.end());
    }

    /** The noun phrase starting at token {@code i}: adjectives, nouns and names ending in a noun. */
    private Phrase phraseAt(int i) {
        int head = -1;
        int lastAdjective = -1;
        int j = i;
        for (; j < tokens.size(); j++) {
            Token token = tokens.get(j);
            if (token.text().equals(ARTEFACT) || isInnerHyphen(j)) {
                continue;
            }
            if (token.isProperNoun() && head >= 0 && !tokens.get(head).isProperNoun()) {
                break;
            }
            if (token.isNoun() || continuesName(i, j)) {
                head = j;
            } else if (token.isAdjective()) {
                lastAdjective = j;
            } else {
                break;
            }
        }
        if (head < 0 && lastAdjective == i && lastAdjective == j - 1) {
            head = lastAdjective;
        }
        if (head < 0 || tokens.get(head).text().length() < 2) {
            return null;
        }
        int first = i;
        while (tokens.get(first).text().equals(ARTEFACT)) {
            first++;
        }
        Token start = tokens.get(first);
        return start.isNoun() || start.isAdjective() ? new Phrase(first, head, head + 1) : null;
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
        if (head < 0) {
            return CountedNoun.none();
        }
        int first = head;
        while (first > 0 && (tokens.get(first - 1).isAdjective() || tokens.get(first - 1).isNoun())) {
            first--;
        }
        return noun(new Phrase(first, head, head + 1));
    }

    private CountedNoun noun(Phrase phrase) {
        List<String> modifiers = new ArrayList<>();
        for (int j = phrase.first(); j < phrase.head(); j++) {
            if (!tokens.get(j).text().equals(ARTEFACT) && !isInnerHyphen(j)) {
                modifiers.add(tokens.get(j).text());
            }
        }
        String text = sentence.substring(tokens.get(phrase.first()).start(), endOf(phrase));
        return new CountedNoun(text, lemma(tokens.get(phrase.head())), modifiers);
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
        return !token.lemma().equals(lower) || (lower.endsWith("s") && !lower.endsWith("ss")) || lower.endsWith("men");
    }

    /** The lower-case dictionary form of a head noun, mending plurals the lemmatizer leaves alone ("troops"). */
    static String lemma(Token token) {
        String lower = token.text().toLowerCase(Locale.ROOT);
        if (token.isProperNoun()) {
            return lower;
        }
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
