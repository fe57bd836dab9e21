package org.claimcheck.core.extract.date;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.claimcheck.core.text.Token;

/**
 * Reads the tense of the verb a date belongs to from a tagged sentence: the nearest verb group before the date, or
 * the first one after it when the date opens the clause ("On August 12, Ukraine said"). "will", "shall" and
 * "is set/due/expected to" make it future; a past finite verb ("crossed", "was", "had") or a perfect ("has
 * seized") makes it past; infinitives ("ordered them to leave by May 1") and other modals ("should be ousted by")
 * leave it open.
 */
final class TenseReader {
    private static final Set<String> FUTURE_MARKERS = Set.of("will", "'ll", "shall", "wo");
    /** Lemmas that make a following "to" + verb a plan: "is set to", "is due to", "is expected to". */
    private static final Set<String> FUTURE_LEADS = Set.of("set", "due", "go", "going", "schedule", "scheduled",
            "expect", "expected", "slate", "slated", "poise", "poised", "about", "plan", "intend", "aim");
    private static final Set<String> MODALS = Set.of("would", "could", "should", "might", "must", "may", "can",
            "ought", "need", "'d");
    private static final Set<String> PAST_AUXILIARIES = Set.of("was", "were", "had", "did");
    private static final Set<String> PERFECT_AUXILIARIES = Set.of("has", "have", "'ve");
    /** Words that lead to the end of a state: "suspended until July 21". */
    private static final Set<String> STATE_ENDS = Set.of("until", "till", "til");
    /** Words between "until" and its date: "until at least", "until at the latest", "until midnight on". */
    private static final Set<String> STATE_END_FILLERS = Set.of("at", "least", "the", "earliest", "latest", "midnight",
            "noon", "on");
    /** Tags that end a clause: a verb before one of them does not govern a verb after it. */
    private static final Set<String> CLAUSE_BREAKS = Set.of("SCONJ", "CCONJ", "PUNCT");
    /** Words that open a clause of their own though tagged as prepositions: "will pay more after the council voted". */
    private static final Set<String> CLAUSE_OPENERS = Set.of("after", "before", "since", "until", "till", "once");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "we", "he", "she", "they");

    private final List<Token> tokens;

    TenseReader(List<Token> tokens) {
        this.tokens = List.copyOf(tokens);
    }

    /**
     * The tense of the verb that the text range {@code [start, end)} of the tagged sentence belongs to; none for the
     * end of a state ("have been suspended until at least July 21"), which lies after the verb's time.
     */
    Tense around(int start, int end) {
        if (endsAState(start)) {
            return Tense.UNKNOWN;
        }
        int before = -1;
        int after = tokens.size();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() <= start && isVerbal(tokens.get(i))) {
                before = i;
            } else if (tokens.get(i).start() >= end && isVerbal(tokens.get(i)) && after == tokens.size()) {
                after = i;
            }
        }
        if (before >= 0) {
            int governing = governingVerb(before);
            int verb = governing >= 0 ? governing : before;
            int first = verb;
            while (first > 0 && inGroup(tokens.get(first - 1))) {
                first--;
            }
            return classify(first, verb + 1);
        }
        if (after < tokens.size()) {
            int last = after + 1;
            while (last < tokens.size() && inGroup(tokens.get(last))) {
                last++;
            }
            return classify(after, last);
        }
        return Tense.UNKNOWN;
    }

    /**
     * For a bare participle such as "pushed" in "wants forces pushed out by May 1" or "said troops crossed on May 1",
     * the verb earlier in the same clause that governs it; -1 when there is none. A base form governs itself: in
     * "demanded that Valdoria pull out by April 15" the demand is past, the withdrawal is not. A clause opened by
     * "after" or "before" has its own verb: in "will pay more after the council voted on Wednesday" the vote is past.
     * So has a verb right after a name or a subject pronoun: in "will receive more under the budget Voss presented on
     * Oct. 8" the budget was presented in the past.
     */
    private int governingVerb(int verb) {
        Token participle = tokens.get(verb);
        if (!participle.isVerb() || lower(participle).equals(participle.lemma())
                || (verb > 0 && (inGroup(tokens.get(verb - 1)) || isSubject(tokens.get(verb - 1))))) {
            return -1;
        }
        for (int i = verb - 1; i >= 0; i--) {
            Token token = tokens.get(i);
            if (isVerbal(token)) {
                return i;
            }
            if (CLAUSE_BREAKS.contains(token.tag()) || CLAUSE_OPENERS.contains(lower(token))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether the text at {@code start} opens with "until" or "till", or follows one, perhaps through "at least" or
     * "at the latest".
     */
    private boolean endsAState(int start) {
        int first = 0;
        while (first < tokens.size() && tokens.get(first).end() <= start) {
            first++;
        }
        if (first < tokens.size() && STATE_ENDS.contains(lower(tokens.get(first)))) {
            return true;
        }
        int i = first - 1;
        while (i >= 0 && STATE_END_FILLERS.contains(lower(tokens.get(i)))) {
            i--;
        }
        return i >= 0 && STATE_ENDS.contains(lower(tokens.get(i)));
    }

    private Tense classify(int from, int to) {
        for (int i = from; i < to; i++) {
            String word = lower(tokens.get(i));
            boolean plan = word.equals("to") && i > from && isFutureLead(tokens.get(i - 1));
            if (FUTURE_MARKERS.contains(word) || plan) {
                return Tense.FUTURE;
            }
        }
        Token finite = tokens.get(from);
        String word = lower(finite);
        if (word.equals("to") || MODALS.contains(word)) {
            return Tense.UNKNOWN;
        }
        if (isPastForm(finite) || (PERFECT_AUXILIARIES.contains(word) && to - from > 1)) {
            return Tense.PAST;
        }
        return Tense.UNKNOWN;
    }

    /** A name or a pronoun that can only be a subject: "Voss", "she". */
    private static boolean isSubject(Token token) {
        return token.isProperNoun() || SUBJECT_PRONOUNS.contains(lower(token));
    }

    private static boolean isVerbal(Token token) {
        return token.isVerb() || "AUX".equals(token.tag());
    }

    private static boolean inGroup(Token token) {
        return isVerbal(token) || "PART".equals(token.tag()) || isFutureLead(token);
    }

    /** "set", "due", "plans" before "to"; not the noun in "set out the plan to lawmakers". */
    private static boolean isFutureLead(Token token) {
        return FUTURE_LEADS.contains(token.lemma()) && !token.isNoun();
    }

    /** "crossed", "began", "was"; not "crosses", "crossing", "cross". */
    private static boolean isPastForm(Token token) {
        String word = lower(token);
        if (PAST_AUXILIARIES.contains(word)) {
            return true;
        }
        return token.isVerb() && !word.equals(token.lemma()) && !word.endsWith("ing") && !word.endsWith("s");
    }

    private static String lower(Token token) {
        return token.text().toLowerCase(Locale.ROOT);
    }
}
