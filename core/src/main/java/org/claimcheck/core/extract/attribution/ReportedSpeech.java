package org.claimcheck.core.extract.attribution;

import java.util.List;
import java.util.Set;

import org.claimcheck.core.text.Token;

/**
 * Finds reported speech in a sentence: "X said (that) ...", "X told reporters ...", "..., X said", "..., said X",
 * "according to X, ..." and "..., according to X", and estimates ("X put the damage at $310 million"). The reported
 * clause must hold at least {@value #MIN_CLAUSE_TOKENS} tokens and, unless it is an estimate's, a verb.
 */
final class ReportedSpeech {
    private static final int MIN_CLAUSE_TOKENS = 3;
    /** Prepositions that lead from material to the body behind it: "figures from the Chamber of Commerce". */
    private static final Set<String> SOURCE_LINKS = Set.of("from", "by", "of");
    /** What a body publishes, standing for it after "according to": "figures", "data", "a statement". */
    private static final Set<String> MATERIAL = Set.of("figure", "figures", "data", "estimate", "statistic",
            "statistics", "number", "count", "tally", "report", "survey", "study", "analysis", "record", "statement",
            "communique", "communiqué");

    private ReportedSpeech() {
    }

    /**
     * Reported speech in sentence {@code s}, or {@code null}: the attribution that closes the sentence ("…, the agency
     * said."), which governs every verb of saying before it ("tests from the ship confirmed norovirus"), unless it is
     * a source named with "according to" after another verb of saying ("Quillstream said … short of the $421.3
     * million analysts had expected, according to Finbridge Data"), else the first reporting verb not already used by
     * a quotation (body offsets in {@code usedCues}).
     */
    static Statement find(TaggedDocument reading, int s, Set<Integer> usedCues) {
        if (!mayHoldCue(reading.sentences().get(s).text())) {
            return null;
        }
        List<Token> tokens = reading.tokens(s);
        int first = 0;
        while (first < tokens.size() && usableCue(reading, tokens, first, usedCues) == null) {
            first++;
        }
        if (first == tokens.size()) {
            return null;
        }
        int last = tokens.size() - 1;
        while (last > first && usableCue(reading, tokens, last, usedCues) == null) {
            last--;
        }
        String closingCue = usableCue(reading, tokens, last, usedCues);
        if (!hasClauseAfter(tokens, last) && !("according to".equals(closingCue) && first < last)) {
            Statement closing = statementAt(reading, tokens, last, closingCue);
            if (closing != null && closing.end() <= tokens.get(last).start()) {
                return closing;
            }
        }
        for (int i = first; i <= last; i++) {
            String cue = usableCue(reading, tokens, i, usedCues);
            Statement statement = cue == null ? null : statementAt(reading, tokens, i, cue);
            if (statement != null) {
                return statement;
            }
        }
        return null;
    }

    /**
     * The reporting cue at token {@code i} that may open a statement, or {@code null}: labelling verbs and "put it"
     * bring in quoted words only.
     */
    private static String usableCue(TaggedDocument reading, List<Token> tokens, int i, Set<Integer> usedCues) {
        String cue = Cues.at(tokens, i);
        if (cue == null || Cues.isLabelling(cue) || Cues.PUT_IT.equals(cue) || usedCues.contains(tokens.get(i).start())
                || reading.quoted(tokens.get(i).start()) || i > 0 && "be".equals(tokens.get(i - 1).lemma())) {
            return null;
        }
        return cue;
    }

    private static Statement statementAt(TaggedDocument reading, List<Token> tokens, int i, String cue) {
        return "according to".equals(cue) ? accordingTo(reading, tokens, i) : reportedClause(reading, tokens, i, cue);
    }

    /** "According to X, clause." or "Clause, according to X." */
    private static Statement accordingTo(TaggedDocument reading, List<Token> tokens, int i) {
        int[] source = namedSource(tokens, NounPhrases.phraseAfter(tokens, i + 2));
        if (source == null) {
            return null;
        }
        int[] clause;
        if (i == 0 || tokens.get(i - 1).text().equals(",") && i - 1 < MIN_CLAUSE_TOKENS) {
            int comma = source[1];
            if (comma >= tokens.size() || !tokens.get(comma).text().equals(",")) {
                return null;
            }
            clause = new int[] {comma + 1, tokens.size()};
        } else {
            clause = new int[] {0, tokens.get(i - 1).text().equals(",") ? i - 1 : i};
        }
        String sourceWords = reading.words(source, tokens);
        boolean outlet = Outlets.isOutlet(sourceWords);
        if (outlet && hasOtherCue(tokens, i)) {
            return null;
        }
        return clauseStatement(tokens, clause, outlet ? null : source, "according to",
                outlet ? Outlets.clean(sourceWords) : Outlets.in(reading, tokens));
    }

    /**
     * Who stands behind the phrase after "according to": the name set off after a description ("the agency's
     * spokeswoman, Leena Varga,"), the named body behind its material ("figures from the Chamber of Commerce", not
     * "residents of Millbrook"), or the phrase itself.
     */
    private static int[] namedSource(List<Token> tokens, int[] phrase) {
        if (phrase == null) {
            return null;
        }
        int[] named = NounPhrases.apposition(tokens, phrase[1]);
        if (named != null) {
            return named;
        }
        boolean material = MATERIAL.contains(tokens.get(phrase[1] - 1).lemma());
        if (material && phrase[1] + 1 < tokens.size() && SOURCE_LINKS.contains(tokens.get(phrase[1]).lemma())) {
            int[] body = NounPhrases.phraseAfter(tokens, phrase[1] + 1);
            if (body != null && Vocabulary.isCapitalized(tokens.get(body[1] - 1).text())) {
                return body;
            }
        }
        return phrase;
    }

    /**
     * "X said (that) clause", "X told reporters clause", "Clause, X said", "Clause, said X", and "Clause, X said, and
     * more", where the words set off by commas say who said the clause before them.
     */
    private static Statement reportedClause(TaggedDocument reading, List<Token> tokens, int i, String cue) {
        String outlet = Outlets.in(reading, tokens);
        int[] after = NounPhrases.phraseAfter(tokens, i + 1);
        if (i > MIN_CLAUSE_TOKENS && tokens.get(i - 1).text().equals(",") && after != null
                && (after[1] == tokens.size() || "PUNCT".equals(tokens.get(after[1]).tag()))) {
            return clauseStatement(tokens, new int[] {0, i - 1}, after, cue, outlet);
        }
        int[] subject = NounPhrases.subjectBefore(tokens, i);
        if (subject == null) {
            subject = NounPhrases.leadingSubject(tokens, i);
        }
        if (subject == null) {
            return null;
        }
        String subjectWords = reading.words(subject, tokens);
        if (Outlets.isOutlet(subjectWords)) {
            return outletReport(tokens, subject, i, cue, Outlets.clean(subjectWords));
        }
        int figureEnd = Cues.ESTIMATE.equals(cue) ? Cues.valuedFigureEnd(tokens, i) : -1;
        if (figureEnd > 0) {
            return statement(tokens, new int[] {i + 1, figureEnd}, subject, cue, outlet, false);
        }
        boolean setOff = subject[0] > MIN_CLAUSE_TOKENS && tokens.get(subject[0] - 1).text().equals(",");
        boolean parenthetical = i + 1 < tokens.size() && tokens.get(i + 1).text().equals(",");
        if (setOff && (parenthetical || !hasClauseAfter(tokens, i))) {
            return clauseStatement(tokens, new int[] {0, subject[0] - 1}, subject, cue, outlet);
        }
        int start = clauseStart(tokens, i, cue);
        if (start < 0) {
            return null;
        }
        return clauseStatement(tokens, new int[] {start, tokens.size()}, subject, cue, outlet);
    }

    /**
     * "Clause, the Journal reported, citing officials" or "Reuters reported that clause": the outlet reports; the
     * speaker is the source it cites, if any.
     */
    private static Statement outletReport(List<Token> tokens, int[] subject, int verb, String cue, String outlet) {
        int[] cited = null;
        for (int k = verb + 1; k < tokens.size() - 1 && cited == null; k++) {
            if (tokens.get(k).text().equalsIgnoreCase("citing")) {
                cited = NounPhrases.phraseAfter(tokens, k + 1);
            }
        }
        if (subject[0] > MIN_CLAUSE_TOKENS && tokens.get(subject[0] - 1).text().equals(",")
                && !hasClauseAfter(tokens, verb)) {
            return clauseStatement(tokens, new int[] {0, subject[0] - 1}, cited, cue, outlet);
        }
        int start = clauseStart(tokens, verb, cue);
        return start < 0 ? null : clauseStatement(tokens, new int[] {start, tokens.size()}, cited, cue, outlet);
    }

    /** Where the reported clause starts after the verb: past an object of "tell", times and places, and "that". */
    private static int clauseStart(List<Token> tokens, int verb, String cue) {
        int j = verb + 1;
        if ("tell".equals(cue) && j < tokens.size()) {
            int[] object = NounPhrases.phraseAfter(tokens, j);
            j = object == null ? j : object[1];
        }
        for (int guard = 0; guard < 4 && j < tokens.size(); guard++) {
            Token token = tokens.get(j);
            if ("ADP".equals(token.tag()) && !"that".equals(token.lemma())) {
                int[] object = NounPhrases.phraseAfter(tokens, j + 1);
                j = object == null ? j + 1 : object[1];
            } else if ("ADV".equals(token.tag()) || "PROPN".equals(token.tag()) && isWeekday(token)) {
                j++;
            } else {
                break;
            }
        }
        if (j < tokens.size() && "that".equals(tokens.get(j).lemma()) && !"DET".equals(tokens.get(j).tag())) {
            j++;
        }
        if (j >= tokens.size() || "PUNCT".equals(tokens.get(j).tag())) {
            return -1;
        }
        return j;
    }

    private static boolean isWeekday(Token token) {
        return token.lemma().endsWith("day");
    }

    /** Whether a clause with its own verb follows the reporting verb ("said that ...", "said the attack was ..."). */
    private static boolean hasClauseAfter(List<Token> tokens, int verb) {
        for (int k = verb + 1; k < tokens.size(); k++) {
            Token token = tokens.get(k);
            if ("that".equals(token.lemma()) || token.isVerb() || "AUX".equals(token.tag())) {
                return !"citing".equalsIgnoreCase(token.text());
            }
        }
        return false;
    }

    private static Statement clauseStatement(List<Token> tokens, int[] clause, int[] speaker, String cue,
                                             String outlet) {
        return statement(tokens, clause, speaker, cue, outlet, true);
    }

    /**
     * The statement of the tokens {@code clause} (punctuation around them dropped) by {@code speaker}, or {@code null}
     * when it is too short or, when {@code needsVerb}, holds no verb; an estimate ("put the damage at $310 million")
     * needs none.
     */
    private static Statement statement(List<Token> tokens, int[] clause, int[] speaker, String cue, String outlet,
                                       boolean needsVerb) {
        int from = clause[0];
        int to = clause[1];
        while (from < to && "PUNCT".equals(tokens.get(from).tag())) {
            from++;
        }
        if (from + 1 < to && "ADV".equals(tokens.get(from).tag()) && tokens.get(from + 1).text().equals(",")) {
            from += 2;
        }
        while (to > from && "PUNCT".equals(tokens.get(to - 1).tag())) {
            to--;
        }
        if (to - from < MIN_CLAUSE_TOKENS || needsVerb && !hasVerb(tokens, from, to)) {
            return null;
        }
        return new Statement(tokens.get(from).start(), tokens.get(to - 1).end(), false,
                speaker == null ? -1 : tokens.get(speaker[0]).start(),
                speaker == null ? -1 : tokens.get(speaker[1] - 1).end(), cue, outlet, false);
    }

    /** Whether the sentence holds a reporting cue besides the one at {@code except}. */
    private static boolean hasOtherCue(List<Token> tokens, int except) {
        for (int k = 0; k < tokens.size(); k++) {
            if (k != except && Cues.at(tokens, k) != null && !"according to".equals(Cues.at(tokens, k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasVerb(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).isVerb() || "AUX".equals(tokens.get(k).tag()) || tokens.get(k).isMistakenVerb()) {
                return true;
            }
        }
        return false;
    }

    /** A cheap test before tagging: whether the sentence holds a word that may be a reporting cue. */
    private static boolean mayHoldCue(String sentence) {
        int n = sentence.length();
        int start = 0;
        while (start < n) {
            if (!Character.isLetter(sentence.charAt(start))) {
                start++;
                continue;
            }
            int end = start + 1;
            while (end < n && Character.isLetter(sentence.charAt(end))) {
                end++;
            }
            if (Cues.mayOpenCue(sentence, start, end)) {
                return true;
            }
            start = end;
        }
        return false;
    }
}
