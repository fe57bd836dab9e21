package org.claimcheck.rules.compare;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.claimcheck.core.text.Whitespace;

/**
 * A quotation reduced to its words for comparison (case, accents, punctuation, quote styles, the spelling of "per
 * cent" and "a" against "an", which only follows the next word, ignored), with word-level edit distance: "security
 * plans" and "security arrangements" differ by one word, and "an uncertain time" and "a difficult time" too.
 */
public final class QuoteText {
    /** "4.8%", "4.8 percent" and "4.8 per cent" are the same words in a quotation. */
    private static final Pattern PERCENT = Pattern.compile("%|\\bpercent\\b", Pattern.CASE_INSENSITIVE);

    private final List<String> words;
    private final int[] hashes;
    /** The names the quotation gives: its capitalised words that open none of its sentences, folded. */
    private final Set<String> names;

    public QuoteText(String quote) {
        boolean mayHavePercent = quote.indexOf('%') >= 0 || quote.contains("ercent");
        String percent = mayHavePercent ? PERCENT.matcher(quote).replaceAll(" per cent ") : quote;
        String folded = SpeakerNames.fold(percent.replace("’", "'").replace("'", ""));
        this.words = folded.isEmpty() ? List.of()
                : Arrays.stream(folded.split(" ")).map(word -> word.equals("an") ? "a" : word).toList();
        this.hashes = words.stream().mapToInt(String::hashCode).toArray();
        this.names = names(quote);
    }

    private QuoteText(List<String> words) {
        this.words = List.copyOf(words);
        this.hashes = this.words.stream().mapToInt(String::hashCode).toArray();
        this.names = Set.of();
    }

    private static Set<String> names(String quote) {
        Set<String> names = new HashSet<>();
        String[] tokens = Whitespace.split(quote);
        for (int i = 1; i < tokens.length; i++) {
            String word = tokens[i];
            String previous = tokens[i - 1];
            if (word.isEmpty() || previous.isEmpty()) {
                continue;
            }
            char last = previous.charAt(previous.length() - 1);
            boolean opensSentence = last == '.' || last == '!' || last == '?' || last == ':';
            if (!opensSentence && Character.isUpperCase(word.charAt(0)) && !word.startsWith("I'")
                    && !word.startsWith("I’") && !word.equals("I")) {
                names.add(SpeakerNames.fold(word));
            }
        }
        return names;
    }

    /**
     * Whether each quotation gives a name the other does not: "Nobody should go back into Brindham" and "Nobody should
     * go back into Fenbury" are two statements about two places, however alike their words.
     */
    public boolean swapsNameWith(QuoteText other) {
        return other != this && !names.isEmpty() && !other.names.isEmpty() && !other.names.containsAll(names)
                && !names.containsAll(other.names);
    }

    public List<String> words() {
        return words;
    }

    /** The hash of each word, in order. */
    int[] wordHashes() {
        return hashes;
    }

    /**
     * Word-level edit distance when it is at most {@code limit}, or {@code limit + 1}. Only the band of cells within
     * {@code limit} of the diagonal is computed (a path leaving it costs more), and the work stops as soon as every
     * path needs more changes.
     */
    private int distance(QuoteText other, int limit) {
        int[] a = hashes;
        int[] b = other.hashes;
        if (other == this || Arrays.equals(a, b) && words.equals(other.words)) {
            return 0;
        }
        int beyond = limit + 1;
        if (Math.abs(a.length - b.length) > limit) {
            return beyond;
        }
        int[] previous = new int[b.length + 1];
        int[] current = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            previous[j] = Math.min(j, beyond);
        }
        for (int i = 1; i <= a.length; i++) {
            int from = Math.max(1, i - limit);
            int to = Math.min(b.length, i + limit);
            current[0] = Math.min(i, beyond);
            current[from - 1] = from > 1 ? beyond : current[0];
            int best = current[from - 1];
            for (int j = from; j <= to; j++) {
                boolean same = a[i - 1] == b[j - 1] && words.get(i - 1).equals(other.words.get(j - 1));
                int replace = previous[j - 1] + (same ? 0 : 1);
                current[j] = Math.min(beyond, Math.min(replace, Math.min(previous[j], current[j - 1]) + 1));
                best = Math.min(best, current[j]);
            }
            if (to < b.length) {
                current[to + 1] = beyond;
            }
            if (best > limit) {
                return beyond;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length];
    }

    /**
     * 1 minus the word edit distance over the longer quotation's length (1 for the same words) when the distance is
     * at most {@code limit}; otherwise some lower value, found without finishing the distance.
     */
    double similarity(QuoteText other, int limit) {
        int longer = Math.max(words.size(), other.words.size());
        return longer == 0 ? 0 : 1.0 - (double) distance(other, limit) / longer;
    }

    /** Whether the other quotation's words appear, in order and together, inside this one. */
    public boolean contains(QuoteText other) {
        if (other.words.isEmpty() || other.words.size() > words.size()) {
            return false;
        }
        if (other == this) {
            return true;
        }
        int last = words.size() - other.words.size();
        for (int start = 0; start <= last; start++) {
            if (occursAt(other, start)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the other quotation's words stand in this one from word {@code start} on. */
    private boolean occursAt(QuoteText other, int start) {
        for (int k = 0; k < other.hashes.length; k++) {
            if (hashes[start + k] != other.hashes[k]) {
                return false;
            }
        }
        for (int k = 0; k < other.hashes.length; k++) {
            if (!words.get(start + k).equals(other.words.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The run of words of this quotation, as long as the shorter {@code other}, that differs from it in the fewest
     * places: {start, how many words differ}, comparing word by word.
     */
    int[] closestRun(QuoteText other) {
        int best = -1;
        int fewest = Integer.MAX_VALUE;
        for (int start = 0; start + other.words.size() <= words.size(); start++) {
            int differing = 0;
            for (int k = 0; k < other.words.size() && differing < fewest; k++) {
                if (hashes[start + k] != other.hashes[k] || !words.get(start + k).equals(other.words.get(k))) {
                    differing++;
                }
            }
            if (differing < fewest) {
                best = start;
                fewest = differing;
            }
        }
        return new int[] {best, fewest};
    }

    /**
     * The words that differ, between the longest common prefix and suffix: this quotation's words first, the
     * other's second ("exhausted", "empty"). When one quotation is a changed excerpt of the other, the other cut to
     * the run of words the excerpt gives may show fewer words that differ ("criminal", "enforcement"), and then it is
     * that difference.
     */
    public String[] difference(QuoteText other) {
        String[] whole = differenceInPlace(other);
        if (words.size() == other.words.size()) {
            return whole;
        }
        QuoteText shorter = words.size() < other.words.size() ? this : other;
        QuoteText longer = shorter == this ? other : this;
        int[] run = longer.closestRun(shorter);
        if (run[1] > QuoteFacts.excerptChanges(shorter.words.size())) {
            return whole;
        }
        QuoteText cut = new QuoteText(longer.words.subList(run[0], run[0] + shorter.words.size()));
        String[] excerpt = shorter == this ? differenceInPlace(cut) : cut.differenceInPlace(other);
        return length(excerpt) < length(whole) ? excerpt : whole;
    }

    private static int length(String[] difference) {
        return difference[0].length() + difference[1].length();
    }

    private String[] differenceInPlace(QuoteText other) {
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
}
