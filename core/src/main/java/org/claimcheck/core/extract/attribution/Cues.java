package org.claimcheck.core.extract.attribution;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.claimcheck.core.text.Token;

/**
 * The reporting verbs that introduce a statement, recognised by their written forms ("said", "tells", "labeling")
 * so that a tagging mistake does not hide them, with "according to", "point out" and "put it" as two-word cues, and
 * verbs that put a figure on something ("put the damage at $310 million") as estimates. A word joined by a hyphen
 * ("so-called") or capitalised inside a sentence ("the State Department") is no cue.
 */
final class Cues {
    /** Verbs that report what someone said. */
    private static final Set<String> SPEECH = Set.of(
            "say", "tell", "add", "state", "note", "claim", "warn", "write", "accuse", "insist", "stress", "announce",
            "confirm", "deny", "argue", "report", "suggest", "explain", "emphasize", "emphasise", "assert",
            "acknowledge", "admit", "allege", "indicate", "declare", "predict", "caution", "remark", "reply",
            "tweet", "observe", "maintain", "contend", "concede", "estimate", "reiterate", "repeat", "vow", "promise",
            "threaten", "boast", "complain", "recall", "testify");

    /**
     * Forms of verbs that state an estimate when they put a figure on something ("put the damage at $310 million",
     * "pegged the cost at €2 billion"): cues, as "estimate" is, in that construction only.
     */
    private static final Set<String> VALUING = Set.of("put", "puts", "putting", "pegged", "pegs", "valued", "values");
    /** The lemma of "add", which reports words only when it adds no figure. */
    private static final String ADD = "add";
    /** Words in the speaker's own way: "as she put it", "Petrell put it simply: '…'". */
    static final String PUT_IT = "put it";
    /** The lemma of an estimate. */
    static final String ESTIMATE = "estimate";
    /** How many tokens after an estimating verb its "at" and figure may stand: "put the cost of … at". */
    private static final int VALUED_REACH = 12;
    /** How many hedge words may stand between "at" and the figure: "at an estimated $18 million". */
    private static final int FIGURE_REACH = 3;
    /** Tags of a word right after "put" that makes another verb of it: "put up", "put off", "put forward". */
    private static final Set<String> PARTICLE_TAGS = Set.of("ADP", "PART", "ADV");

    /** Verbs that characterise something in quoted words ("called the remarks 'provocative'"). */
    private static final Set<String> LABELLING = Set.of("call", "label", "describe", "term", "dub", "brand");

    private static final Map<String, String> IRREGULAR = Map.of(
            "said", "say", "says", "say", "told", "tell", "wrote", "write", "written", "write",
            "denied", "deny", "denies", "deny", "replied", "reply", "replies", "reply");

    private static final Map<String, String> FORMS = buildForms();

    /** The length of the shortest written form: shorter words are no cue. */
    private static final int SHORTEST = allForms().mapToInt(String::length).min().orElse(0);
    private static final int LONGEST = allForms().mapToInt(String::length).max().orElse(0);
    /** The string hash of every written form, ascending: a word whose lower-case form hashes elsewhere is no cue. */
    private static final int[] FORM_HASHES = allForms().mapToInt(String::hashCode).sorted().distinct().toArray();

    private Cues() {
    }

    /** The lemma of a cue verb written as {@code word}, or {@code null} when the word is no cue. */
    static String lemmaOf(String word) {
        return word.length() < SHORTEST ? null : FORMS.get(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the word {@code text[from, to)} may open a cue: a written form of a reporting verb, "according", or a
     * word starting with "point". Most words are dismissed by length or by the hash of their lower-case form, without
     * building a string.
     */
    static boolean mayOpenCue(String text, int from, int to) {
        int length = to - from;
        if (length == 9 && text.regionMatches(true, from, "according", 0, 9)
                || length >= 5 && text.regionMatches(true, from, "point", 0, 5)) {
            return true;
        }
        if (length < SHORTEST || length > LONGEST) {
            return false;
        }
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + Character.toLowerCase(text.charAt(i));
        }
        if (Arrays.binarySearch(FORM_HASHES, hash) < 0) {
            return false;
        }
        String word = text.substring(from, to);
        return lemmaOf(word) != null || VALUING.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The cue at token {@code i}: a reporting verb's lemma, "according to", "point out" or "put it"; else null. */
    static String at(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (!mayOpenCue(token.text(), 0, token.text().length())) {
            return null;
        }
        String word = token.text().toLowerCase(Locale.ROOT);
        boolean next = i + 1 < tokens.size();
        if (word.equals("according") && next && tokens.get(i + 1).text().equalsIgnoreCase("to")) {
            return "according to";
        }
        if (word.startsWith("point") && next && tokens.get(i + 1).text().equalsIgnoreCase("out")) {
            return "point out";
        }
        if (VALUING.contains(word)) {
            if (valuedFigureEnd(tokens, i) > 0) {
                return ESTIMATE;
            }
            return word.startsWith("put") && next && tokens.get(i + 1).text().equalsIgnoreCase("it") ? PUT_IT : null;
        }
        String lemma = FORMS.get(word);
        if (lemma == null) {
            return null;
        }
        boolean hyphenated = i > 0 && tokens.get(i - 1).text().endsWith("-");
        if (hyphenated || i > 0 && Vocabulary.isCapitalized(token.text())) {
            return null;
        }
        boolean afterName = i > 0 && (Vocabulary.isCapitalized(tokens.get(i - 1).text())
                || "PRON".equals(tokens.get(i - 1).tag()));
        // an article before a reporting word makes it an adjective: "an estimated 300", "the reported attack"
        boolean determined = i > 0 && Vocabulary.isArticle(tokens.get(i - 1).text());
        // so does a number before a participle that a noun follows: "nearly 50 confirmed cases"
        boolean counted = i > 0 && word.endsWith("ed") && isNumber(tokens.get(i - 1)) && next
                && tokens.get(i + 1).isNoun();
        boolean endsSentence = next && ".".equals(tokens.get(i + 1).text()) && !word.equals(lemma)
                && !word.endsWith("s");
        if (token.isNoun() && !afterName && !endsSentence || "DET".equals(token.tag()) || determined || counted) {
            return null;
        }
        return lemma.equals(ADD) && addsAFigure(tokens, i) ? null : lemma;
    }

    /**
     * Whether "add" at {@code verb} adds a figure rather than words: a number within {@value #FIGURE_REACH} words
     * after it, before any verb, punctuation or "that" ("the economy added a net 38,500 jobs", "Construction added
     * 9,100").
     */
    private static boolean addsAFigure(List<Token> tokens, int verb) {
        for (int k = verb + 1; k < tokens.size() && k <= verb + FIGURE_REACH; k++) {
            Token token = tokens.get(k);
            if (isNumber(token)) {
                return true;
            }
            if (token.isVerb() || "PUNCT".equals(token.tag()) || token.text().equalsIgnoreCase("that")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Where the figure an estimating verb at {@code verb} puts on something ends ("estimated the damage at about £8
     * million", "put the cost of clearing the road at $18 million"): the index after its last token, or -1 when no
     * "at" and figure follow within its clause.
     */
    static int valuedFigureEnd(List<Token> tokens, int verb) {
        int limit = Math.min(tokens.size(), verb + VALUED_REACH);
        if (verb + 1 < limit && PARTICLE_TAGS.contains(tokens.get(verb + 1).tag())) {
            return -1;
        }
        for (int k = verb + 1; k + 1 < limit; k++) {
            Token token = tokens.get(k);
            boolean finiteVerb = token.isVerb() && !token.text().endsWith("ing");
            if (finiteVerb || "PUNCT".equals(token.tag())) {
                return -1;
            }
            if (token.text().equalsIgnoreCase("at")) {
                return figureEnd(tokens, k + 1);
            }
        }
        return -1;
    }

    /**
     * The index after a figure that starts within {@value #FIGURE_REACH} tokens of {@code from} ("about £8 million",
     * "an estimated $18 million") and counts no noun after it; -1 when there is none ("at 12 sites").
     */
    private static int figureEnd(List<Token> tokens, int from) {
        int end = from;
        while (end < tokens.size() && end < from + FIGURE_REACH && !hasDigit(tokens.get(end))
                && !"PUNCT".equals(tokens.get(end).tag())) {
            end++;
        }
        if (end >= tokens.size() || !hasDigit(tokens.get(end))) {
            return -1;
        }
        end++;
        while (end < tokens.size() && isNumber(tokens.get(end))) {
            end++;
        }
        return end < tokens.size() && "NOUN".equals(tokens.get(end).tag()) ? -1 : end;
    }

    /** A number: a word the tagger takes for one, or any word with a digit ("50", "1,200", "$3m"). */
    private static boolean isNumber(Token token) {
        return "NUM".equals(token.tag()) || hasDigit(token);
    }

    private static boolean hasDigit(Token token) {
        return token.text().chars().anyMatch(Character::isDigit);
    }

    /** Whether the lemma characterises in quoted words rather than reports speech. */
    static boolean isLabelling(String lemma) {
        return LABELLING.contains(lemma);
    }

    /** The written forms of every cue verb, the estimating ones included. */
    private static Stream<String> allForms() {
        return Stream.concat(FORMS.keySet().stream(), VALUING.stream());
    }

    private static Map<String, String> buildForms() {
        Map<String, String> forms = new HashMap<>(IRREGULAR);
        for (String lemma : SPEECH) {
            addRegularForms(lemma, forms);
        }
        for (String lemma : LABELLING) {
            addRegularForms(lemma, forms);
        }
        return Map.copyOf(forms);
    }

    /** Base, -s, -ed and -ing forms, with the usual spelling changes; over-generation is harmless here. */
    private static void addRegularForms(String lemma, Map<String, String> forms) {
        String stem = lemma.endsWith("e") ? lemma.substring(0, lemma.length() - 1) : lemma;
        String last = lemma.substring(lemma.length() - 1);
        forms.putIfAbsent(lemma, lemma);
        forms.putIfAbsent(lemma.endsWith("s") || lemma.endsWith("h") ? lemma + "es" : lemma + "s", lemma);
        forms.putIfAbsent(stem + "ed", lemma);
        forms.putIfAbsent(stem + "ing", lemma);
        forms.putIfAbsent(lemma + last + "ed", lemma);
        forms.putIfAbsent(lemma + last + "ing", lemma);
    }
}
