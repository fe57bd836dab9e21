package org.claimcheck.core.extract.quantity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimcheck.core.model.Qualifier;

/**
 * The hedge words a reporter puts before a number ("nearly", "more than", "an estimated", "no more than") or after
 * it ("or more", "or so"), mapped to a {@link Qualifier}. Matching is by whole words, ignoring case, longest first.
 */
final class Hedges {
    /** A hedge found in the text: its qualifier and how many lexemes it covers. */
    record Match(Qualifier qualifier, int length) {
    }

    private record Phrase(String[] words, Qualifier qualifier) {
    }

    private static final Map<String, List<Phrase>> BEFORE = phrases(Map.ofEntries(
            Map.entry("about", Qualifier.APPROXIMATELY), Map.entry("around", Qualifier.APPROXIMATELY),
            Map.entry("roughly", Qualifier.APPROXIMATELY), Map.entry("some", Qualifier.APPROXIMATELY),
            Map.entry("approximately", Qualifier.APPROXIMATELY), Map.entry("an estimated", Qualifier.APPROXIMATELY),
            Map.entry("estimated", Qualifier.APPROXIMATELY), Map.entry("circa", Qualifier.APPROXIMATELY),
            Map.entry("nearly", Qualifier.NEARLY), Map.entry("almost", Qualifier.NEARLY),
            Map.entry("close to", Qualifier.NEARLY), Map.entry("just under", Qualifier.NEARLY),
            Map.entry("just below", Qualifier.NEARLY), Map.entry("just shy of", Qualifier.NEARLY),
            Map.entry("more than", Qualifier.MORE_THAN), Map.entry("over", Qualifier.MORE_THAN),
            Map.entry("at least", Qualifier.MORE_THAN), Map.entry("upwards of", Qualifier.MORE_THAN),
            Map.entry("in excess of", Qualifier.MORE_THAN), Map.entry("above", Qualifier.MORE_THAN),
            Map.entry("greater than", Qualifier.MORE_THAN), Map.entry("past", Qualifier.MORE_THAN),
            Map.entry("no fewer than", Qualifier.MORE_THAN),
            Map.entry("no less than", Qualifier.MORE_THAN), Map.entry("not less than", Qualifier.MORE_THAN),
            Map.entry("less than", Qualifier.LESS_THAN), Map.entry("fewer than", Qualifier.LESS_THAN),
            Map.entry("under", Qualifier.LESS_THAN), Map.entry("up to", Qualifier.LESS_THAN),
            Map.entry("at most", Qualifier.LESS_THAN), Map.entry("below", Qualifier.LESS_THAN),
            Map.entry("as many as", Qualifier.LESS_THAN), Map.entry("as much as", Qualifier.LESS_THAN),
            Map.entry("as high as", Qualifier.LESS_THAN),
            Map.entry("no more than", Qualifier.LESS_THAN), Map.entry("not more than", Qualifier.LESS_THAN)));

    private static final Map<String, List<Phrase>> AFTER = phrases(Map.of(
            "or more", Qualifier.MORE_THAN, "or so", Qualifier.APPROXIMATELY,
            "or fewer", Qualifier.LESS_THAN, "or less", Qualifier.LESS_THAN));

    /** Words after which "past" opens a period rather than a hedge: "the past 12 months", "its past three seasons". */
    private static final Set<String> DETERMINERS = Set.of("the", "its", "their", "his", "her", "our", "these", "those",
            "this", "that");

    /** Verbs after which "up to" gives where a value goes rather than a hedge: "the rate will go up to 7.40 marks". */
    private static final Set<String> MOVING_VERBS = Set.of("go", "goes", "going", "gone", "went", "move", "moves",
            "moved", "moving", "step", "steps", "stepped", "put", "puts", "putting");

    /** The most lexemes a hedge before a number covers ("no fewer than"). */
    static final int LONGEST_BEFORE = longest(BEFORE);

    private Hedges() {
    }

    /**
     * The hedge starting at lexeme {@code i} that ends right before a number, or {@code null}. "Past" is one after a
     * verb ("takes its spending past £280m"), not after a determiner ("the past 12 months"); "up to" is none after a
     * verb of moving ("will go up to 7.40 marks"), which gives the new value itself.
     */
    static Match before(List<Lexeme> lexemes, int i) {
        Match match = match(BEFORE, lexemes, i);
        if (match == null || i == 0) {
            return match;
        }
        String previous = lexemes.get(i - 1).lower();
        boolean determined = DETERMINERS.contains(previous) && lexemes.get(i).is("past");
        boolean moved = MOVING_VERBS.contains(previous) && lexemes.get(i).is("up");
        return determined || moved ? null : match;
    }

    /** The hedge starting at lexeme {@code i} that follows a number ("or more"), or {@code null}. */
    static Match after(List<Lexeme> lexemes, int i) {
        return match(AFTER, lexemes, i);
    }

    private static Match match(Map<String, List<Phrase>> phrases, List<Lexeme> lexemes, int i) {
        if (i >= lexemes.size() || !lexemes.get(i).isWord()) {
            return null;
        }
        for (Phrase phrase : phrases.getOrDefault(lexemes.get(i).lower(), List.of())) {
            if (matches(phrase.words(), lexemes, i)) {
                return new Match(phrase.qualifier(), phrase.words().length);
            }
        }
        return null;
    }

    private static boolean matches(String[] words, List<Lexeme> lexemes, int i) {
        if (i + words.length > lexemes.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (!lexemes.get(i + k).is(words[k])) {
                return false;
            }
        }
        return true;
    }

    private static int longest(Map<String, List<Phrase>> phrases) {
        return phrases.values().stream().flatMap(List::stream).mapToInt(p -> p.words().length).max().orElse(0);
    }

    /** The phrases by their first word in lower case, each list longest first. */
    private static Map<String, List<Phrase>> phrases(Map<String, Qualifier> table) {
        Map<String, List<Phrase>> byFirstWord = new HashMap<>();
        table.entrySet().stream()
                .map(e -> new Phrase(e.getKey().split(" "), e.getValue()))
                .sorted(Comparator.comparingInt((Phrase p) -> -p.words().length).thenComparing(p -> p.words()[0]))
                .forEach(p -> byFirstWord.computeIfAbsent(p.words()[0], w -> new ArrayList<>()).add(p));
        return byFirstWord;
    }
}
