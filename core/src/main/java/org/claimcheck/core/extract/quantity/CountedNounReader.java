package org.claimcheck.core.extract.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.claimcheck.core.model.CountedNoun;
import org.claimcheck.core.model.Dimension;
import org.claimcheck.core.text.Token;

/**
 * Reads what a number counts from the tagged sentence: the noun phrase right after it ("18 Russian military
 * personnel"), through a classifier ("1,800 pieces of ammunition" counts ammunition), a partitive ("three of the
 * soldiers", "dozens of troops"), or, when the number stands alone or refers back ("150 from the U.S. Special
 * Forces", "about 150 of them", "45 others"), the nearest plural noun before it in the sentence. Measures
 * ("400 square miles of Russian territory") take the "of" phrase as their noun without widening their span.
 * Stateless and thread-safe.
 */
final class CountedNounReader {
    /** Nouns that count units of something else: "pieces of ammunition", "rounds of artillery". */
    private static final Set<String> CLASSIFIERS = Set.of("piece", "round", "item", "pair", "set", "kind", "type",
            "batch", "unit", "shell", "load");

    /** Heads that stand for a noun named earlier: "45 others", "10 more". */
    private static final Set<String> ANAPHORIC = Set.of("other", "more");

    private static final Set<String> POSSESSIVES = Set.of("our", "their", "its", "his", "her", "my", "your");

    /** Tokens that belong to no phrase: the machine-translation artefact standing for a lost number. */
    private static final String ARTEFACT = "XNUMX";

    /** What was read: the noun, and where the claim's span ends when the noun phrase extends it. */
    record Reading(CountedNoun noun, int end) {
    }

    private record Phrase(int first, int head, int end) {
    }

    /** The counted noun of {@code quantity} in {@code sentence}, whose tokens are {@code tokens}. */
    Reading read(String sentence, List<Token> tokens, ScannedQuantity quantity) {
        int next = firstTokenFrom(tokens, quantity.end());
        if (!quantity.isCount()) {
            return measuredNoun(sentence, tokens, quantity, next);
        }
        Phrase phrase = phraseAt(tokens, next);
        if (phrase != null) {
            return countedPhrase(sentence, tokens, quantity, phrase);
        }
        if (next < tokens.size() && tokens.get(next).text().equalsIgnoreCase("of")) {
            int target = skipDeterminers(tokens, next + 1);
            if (target < tokens.size() && "PRON".equals(tokens.get(target).tag())) {
                return new Reading(earlierMention(sentence, tokens, quantity.start()), tokens.get(target).end());
            }
            Phrase partitive = phraseAt(tokens, target);
            if (partitive != null) {
                return new Reading(noun(sentence, tokens, partitive), tokens.get(partitive.end() - 1).end());
            }
        }
        return new Reading(earlierMention(sentence, tokens, quantity.start()), quantity.end());
    }

    private Reading countedPhrase(String sentence, List<Token> tokens, ScannedQuantity quantity, Phrase phrase) {
        int phraseEnd = tokens.get(phrase.end() - 1).end();
        String head = lemma(tokens.get(phrase.head()));
        if (ANAPHORIC.contains(head)) {
            CountedNoun earlier = earlierMention(sentence, tokens, quantity.start());
            return new Reading(earlier.head() != null ? earlier : noun(sentence, tokens, phrase), phraseEnd);
        }
        if (CLASSIFIERS.contains(head) && phrase.end() < tokens.size()
                && tokens.get(phrase.end()).text().equalsIgnoreCase("of")) {
            Phrase inner = phraseAt(tokens, skipDeterminers(tokens, phrase.end() + 1));
            if (inner != null) {
                Phrase whole = new Phrase(phrase.first(), inner.head(), inner.end());
                CountedNoun innerNoun = noun(sentence, tokens, inner);
                CountedNoun noun = new CountedNoun(text(sentence, tokens, whole), innerNoun.head(),
                        innerNoun.modifiers());
                return new Reading(noun, tokens.get(inner.end() - 1).end());
            }
        }
        return new Reading(noun(sentence, tokens, phrase), phraseEnd);
    }

    private Reading measuredNoun(String sentence, List<Token> tokens, ScannedQuantity quantity, int next) {
        boolean physical = quantity.dimension() != Dimension.MONEY && quantity.dimension() != Dimension.PERCENT;
        if (physical && next < tokens.size() && tokens.get(next).text().equalsIgnoreCase("of")) {
            Phrase phrase = phraseAt(tokens, skipDeterminers(tokens, next + 1));
            if (phrase != null) {
                return new Reading(noun(sentence, tokens, phrase), quantity.end());
            }
        }
        return new Reading(CountedNoun.none(), quantity.end());
    }

    /** The noun phrase starting at token {@code i}: adjectives, nouns and names ending in a noun. */
    private static Phrase phraseAt(List<Token> tokens, int i) {
        int head = -1;
        int lastAdjective = -1;
        int j = i;
        while (j < tokens.size()) {
            Token token = tokens.get(j);
            if (token.text().equals(ARTEFACT) || isInnerHyphen(tokens, j)) {
                j++;
                continue;
            }
            if (token.isProperNoun() && head >= 0 && !tokens.get(head).isProperNoun()) {
                break;
            }
            if (token.isNoun()) {
                head = j;
            } else if (token.isAdjective()) {
                lastAdjective = j;
            } else if (!continuesName(tokens, i, j)) {
                break;
            } else {
                head = j;
            }
            j++;
        }
        if (head < 0 && lastAdjective == i && lastAdjective == j - 1) {
            head = lastAdjective;
        }
        if (head < 0 || tokens.get(head).text().length() < 2) {
            return null;
        }
        int first = firstContent(tokens, i);
        return startsPhrase(tokens.get(first)) ? new Phrase(first, head, head + 1) : null;
    }

    /** A capitalized word inside a name that the tagger took for a verb or adjective ("U.S. Special Forces"). */
    private static boolean continuesName(List<Token> tokens, int phraseStart, int j) {
        Token token = tokens.get(j);
        return j > phraseStart && Character.isUpperCase(token.text().charAt(0)) && tokens.get(j - 1).isProperNoun()
                && (token.isVerb() || "X".equals(token.tag()));
    }

    private static boolean isInnerHyphen(List<Token> tokens, int j) {
        return j > 0 && j + 1 < tokens.size() && tokens.get(j).text().equals("-")
                && tokens.get(j - 1).end() == tokens.get(j).start() && tokens.get(j).end() == tokens.get(j + 1).start();
    }

    private static boolean startsPhrase(Token token) {
        return token.isNoun() || token.isAdjective();
    }

    private static int firstContent(List<Token> tokens, int i) {
        int j = i;
        while (j < tokens.size() && tokens.get(j).text().equals(ARTEFACT)) {
            j++;
        }
        return j;
    }

    /** The nearest plural common noun before {@code offset}, with the words that modify it. */
    private static CountedNoun earlierMention(String sentence, List<Token> tokens, int offset) {
        for (int j = tokens.size() - 1; j >= 0; j--) {
            Token token = tokens.get(j);
            if (token.end() > offset || !"NOUN".equals(token.tag()) || !isPlural(token)) {
                continue;
            }
            int first = j;
            while (first > 0 && (tokens.get(first - 1).isAdjective() || tokens.get(first - 1).isNoun())) {
                first--;
            }
            return noun(sentence, tokens, new Phrase(first, j, j + 1));
        }
        return CountedNoun.none();
    }

    private static CountedNoun noun(String sentence, List<Token> tokens, Phrase phrase) {
        List<String> modifiers = new ArrayList<>();
        for (int j = phrase.first(); j < phrase.head(); j++) {
            Token token = tokens.get(j);
            if (!token.text().equals(ARTEFACT) && !isInnerHyphen(tokens, j)) {
                modifiers.add(token.text());
            }
        }
        return new CountedNoun(text(sentence, tokens, phrase), lemma(tokens.get(phrase.head())), modifiers);
    }

    private static String text(String sentence, List<Token> tokens, Phrase phrase) {
        return sentence.substring(tokens.get(phrase.first()).start(), tokens.get(phrase.end() - 1).end());
    }

    private static int firstTokenFrom(List<Token> tokens, int offset) {
        int j = 0;
        while (j < tokens.size() && tokens.get(j).start() < offset) {
            j++;
        }
        return j;
    }

    private static int skipDeterminers(List<Token> tokens, int i) {
        int j = i;
        while (j < tokens.size() && ("DET".equals(tokens.get(j).tag())
                || (tokens.get(j).tag().equals("PRON") && isPossessive(tokens.get(j))))) {
            j++;
        }
        return j;
    }

    private static boolean isPossessive(Token token) {
        return POSSESSIVES.contains(token.text().toLowerCase(Locale.ROOT));
    }

    private static boolean isPlural(Token token) {
        String lower = token.text().toLowerCase(Locale.ROOT);
        return !token.lemma().equals(lower) || (lower.endsWith("s") && !lower.endsWith("ss")) || lower.endsWith("men");
    }

    /** The lower-case dictionary form of a head noun, mending plurals the lemmatizer leaves alone ("troops"). */
    static String lemma(Token token) {
        String lower = token.text().toLowerCase(Locale.ROOT);
        String lemma = token.lemma();
        if (token.isProperNoun() || !lemma.equals(lower)) {
            return token.isProperNoun() ? lower : lemma;
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
