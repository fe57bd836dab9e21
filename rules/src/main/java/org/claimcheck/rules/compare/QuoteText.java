package org.claimcheck.rules.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * A quotation reduced to its words for comparison (case, accents, punctuation and quote styles ignored), with
 * word-level edit distance: "security plans" and "security arrangements" differ by one word.
 */
public final class QuoteText {
    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

    private final List<String> words;

    public QuoteText(String quote) {
        String folded = SpeakerNames.fold(quote.replace("’", "'").replace("'", ""));
        this.words = folded.isEmpty() ? List.of() : List.of(folded.split(" "));
    }

    public List<String> words() {
        return words;
    }

    /** Word-level edit distance. */
    public int distance(QuoteText other) {
        Map<String, Character> alphabet = new HashMap<>();
        return LEVENSHTEIN.apply(encode(words, alphabet), encode(other.words, alphabet));
    }

    /** 1 minus the word edit distance over the longer quotation's length: 1 for the same words. */
    public double similarity(QuoteText other) {
        int longer = Math.max(words.size(), other.words.size());
        return longer == 0 ? 0 : 1.0 - (double) distance(other) / longer;
    }

    /** Whether the other quotation's words appear, in order and together, inside this one. */
    public boolean contains(QuoteText other) {
        if (other.words.isEmpty() || other.words.size() > words.size()) {
            return false;
        }
        return java.util.Collections.indexOfSubList(words, other.words) >= 0;
    }

    /**
     * The words that differ, between the longest common prefix and suffix: this quotation's words first, the
     * other's second ("exhausted", "empty").
     */
    public String[] difference(QuoteText other) {
        int prefix = 0;
        while (prefix < words.size() && prefix < other.words.size()
                && words.get(prefix).equals(other.words.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < words.size() - prefix && suffix < other.words.size() - prefix
                && words.get(words.size() - 1 - suffix).equals(other.words.get(other.words.size() - 1 - suffix))) {
            suffix++;
        }
        return new String[] {
                String.join(" ", words.subList(prefix, words.size() - suffix)),
                String.join(" ", other.words.subList(prefix, other.words.size() - suffix))};
    }

    private static String encode(List<String> words, Map<String, Character> alphabet) {
        StringBuilder out = new StringBuilder(words.size());
        for (String word : words) {
            out.append(alphabet.computeIfAbsent(word, w -> (char) (0x4E00 + alphabet.size())));
        }
        return out.toString();
    }
}
