package org.claimcheck.core.extract.attribution;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.claimcheck.core.text.Token;

/**
 * Finds who a quotation is attributed to: a cue right after it ("'...,' X said", "'...,' said X", "'...,' he
 * added"), or before it ("X said: '...'", "X labelled it '...'"), or the previous quotation's speaker when a
 * paragraph only continues a quotation. Quotations of at most {@value #SCARE_QUOTE_WORDS} words count only when a
 * reporting verb governs them closely and they end a clause, so scare quotes and titles are left out.
 */
final class QuotationAttributor {
    /** Quotations this short need a reporting verb right next to them. */
    static final int SCARE_QUOTE_WORDS = 3;
    private static final int NEAR_SPEECH_VERB = 2;
    private static final int NEAR_LABELLING_VERB = 8;
    /** The most words of a relative clause between a speaker's name and the cue ("Owen Marsh, who ..., said"). */
    private static final int RELATIVE_CLAUSE_WORDS = 12;
    /** Prepositions that tie a speaker to the body they speak for: "X of the Coast Guard", "X from Reuters". */
    private static final Set<String> AFFILIATIONS = Set.of("of", "from", "at");
    /** The most words between "her words" and the colon that brings in the quotation ("her words from last week:"). */
    private static final int WORDS_REACH = 6;
    /** The marks that introduce a quotation after the words that announce it. */
    private static final Set<String> INTRODUCING_MARKS = Set.of(":", ",");
    /** Pronouns that own the words a quotation gives: "her own words". */
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her");
    /** Marks that end a clause; a hyphen or an apostrophe does not. */
    private static final Set<String> CLAUSE_MARKS = Set.of(",", ";", ":", ".", "!", "?", "(", ")", "—", "–", "\"",
            "“", "”");

    private QuotationAttributor() {
    }

    /**
     * The statement of {@code quotation}, or {@code null} when nothing attributes it. Cue tokens used are added to
     * {@code usedCues} (by body offset) so that reported speech does not read them again.
     */
    static Statement attribute(TaggedDocument reading, Quotation quotation, Statement previousQuote,
                               Set<Integer> usedCues) {
        int words = wordCount(reading.body(), quotation);
        if (words <= SCARE_QUOTE_WORDS && !endsClause(reading.body(), quotation)) {
            return null;
        }
        int[] start = quotation.segments().get(0);
        int[] end = quotation.segments().get(quotation.segments().size() - 1);
        if (quotation.closed()) {
            Statement after = cueAfter(reading, quotation, start[0], end[1], usedCues);
            if (after != null) {
                return after;
            }
        }
        Statement before = cueBefore(reading, quotation, words, start[0], end[1], usedCues);
        if (before != null) {
            return before;
        }
        Statement possessed = possessorsWords(reading, quotation, start[0], end[1]);
        if (possessed != null) {
            return possessed;
        }
        boolean continuesParagraph = previousQuote != null && isWholeParagraph(reading.body(), quotation)
                && onlyParagraphBreakBetween(reading.body(), previousQuote.end(), quotation.openMark());
        boolean nextSentenceOfSpeaker = previousQuote != null
                && startsSentenceAfter(reading.body(), previousQuote.end(), quotation.openMark());
        if (words > SCARE_QUOTE_WORDS && (continuesParagraph || nextSentenceOfSpeaker)) {
            return new Statement(start[0], end[1], true, -1, -1, previousQuote.cue(), previousQuote.outlet(), true);
        }
        return null;
    }

    /** "'...,' X said", "'...,' said X", "'...,' he added": the cue right after the closing mark. */
    private static Statement cueAfter(TaggedDocument reading, Quotation quotation, int from, int to,
                                      Set<Integer> usedCues) {
        int s = reading.sentenceAt(quotation.closeMark());
        if (s < 0) {
            return null;
        }
        List<Token> tokens = reading.tokens(s);
        int i = 0;
        while (i < tokens.size() && tokens.get(i).start() <= quotation.closeMark()) {
            i++;
        }
        while (i < tokens.size() && (tokens.get(i).text().equals(",") || tokens.get(i).text().equals("\u2014"))) {
            i++;
        }
        if (i >= tokens.size()) {
            return null;
        }
        String cue = Cues.at(tokens, i);
        int[] speaker;
        int cueIndex = i;
        if (cue != null) {
            speaker = "according to".equals(cue) ? NounPhrases.phraseAfter(tokens, i + 2)
                    : NounPhrases.phraseAfter(tokens, i + 1);
            int[] named = speaker == null || tokens.get(speaker[0]).isProperNoun() ? null
                    : NounPhrases.apposition(tokens, speaker[1]);
            speaker = named != null ? named : speaker;
            if (speaker != null && !"according to".equals(cue) && !invertedCue(tokens, i, speaker)) {
                return null;
            }
        } else {
            speaker = NounPhrases.phraseAfter(tokens, i);
            if (speaker == null) {
                return null;
            }
            cueIndex = speaker[1];
            int[] apposition = NounPhrases.apposition(tokens, cueIndex);
            if (apposition != null) {
                speaker = apposition;
                cueIndex = apposition[1] + 1;
            } else {
                int[] description = description(tokens, cueIndex);
                if (description != null) {
                    cueIndex = description[1] + 1;
                }
                cueIndex = afterAffiliation(tokens, cueIndex);
            }
            while (cueIndex < tokens.size() && ("ADV".equals(tokens.get(cueIndex).tag())
                    || "AUX".equals(tokens.get(cueIndex).tag()))) {
                cueIndex++;
            }
            cue = cueIndex < tokens.size() ? Cues.at(tokens, cueIndex) : null;
        }
        if (cue == null || speaker == null) {
            return null;
        }
        String speakerWords = reading.words(speaker, tokens);
        String outlet = Outlets.in(reading, tokens);
        usedCues.add(tokens.get(cueIndex).start());
        if (Outlets.isOutlet(speakerWords)) {
            return reportedByOutlet(reading, quotation, from, to, cue, Outlets.clean(speakerWords), usedCues);
        }
        return new Statement(from, to, true, tokens.get(speaker[0]).start(), tokens.get(speaker[1] - 1).end(), cue,
                outlet, false);
    }

    /**
     * Past the body a speaker is "of" or "from" ("Idris Fenwick of the Varran Islands Coast Guard told"): the index
     * after that noun phrase, or {@code i} when none stands there.
     */
    private static int afterAffiliation(List<Token> tokens, int i) {
        if (i >= tokens.size() || !AFFILIATIONS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
            return i;
        }
        int j = i + 1;
        while (j < tokens.size() && "DET".equals(tokens.get(j).tag())) {
            j++;
        }
        int phrase = j;
        while (j < tokens.size() && (tokens.get(j).isNoun() || tokens.get(j).isAdjective())) {
            j++;
        }
        return j > phrase ? j : i;
    }

    /**
     * Whether "said X" after a quotation names its speaker: a finite cue ("repeating the line he used" does not) whose
     * speaker is no verb's subject ("said Robert Lee of Reuters."; not "said the final bill could be higher" nor "said
     * a review of the city's hotels would begin", which report other words).
     */
    private static boolean invertedCue(List<Token> tokens, int cue, int[] speaker) {
        boolean participle = tokens.get(cue).text().endsWith("ing");
        boolean subject = speaker[1] < tokens.size() && tokens.get(speaker[1]).isVerb()
                || auxiliaryInClause(tokens, speaker[1]);
        return !participle && !subject;
    }

    /**
     * Whether an auxiliary follows {@code from} before the clause ends at a punctuation mark or a relative pronoun:
     * "would" in "a review of the city's high-rise hotels would begin", not in "a spokesman who would not be named".
     */
    private static boolean auxiliaryInClause(List<Token> tokens, int from) {
        for (int i = from; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (CLAUSE_MARKS.contains(token.text()) || NounPhrases.isRelativePronoun(token)) {
                return false;
            }
            if ("AUX".equals(token.tag())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "'...,' X said, the Journal reported" or "'...,' according to Reuters": the outlet only relays the words; the
     * speaker is the one a cue before the quotation names, or else the sentence's subject.
     */
    private static Statement reportedByOutlet(TaggedDocument reading, Quotation quotation, int from, int to,
                                              String cue, String outlet, Set<Integer> usedCues) {
        Statement before = cueBefore(reading, quotation, SCARE_QUOTE_WORDS + 1, from, to, usedCues);
        if (before != null) {
            return new Statement(from, to, true, before.speakerStart(), before.speakerEnd(), before.cue(), outlet,
                    false);
        }
        int s = reading.sentenceAt(quotation.openMark());
        List<Token> tokens = reading.tokens(s);
        int mark = firstTokenFrom(tokens, quotation.openMark());
        int[] subject = NounPhrases.leadingSubject(tokens, mark);
        return new Statement(from, to, true, subject == null ? -1 : tokens.get(subject[0]).start(),
                subject == null ? -1 : tokens.get(subject[1] - 1).end(), cue, outlet, false);
    }

    /**
     * "Owen Marsh, the emergency coordinator, said", "Helena Varga-Roos, head of labour market statistics at Statistics
     * Veldonia, told" or "Owen Marsh, who leads the crews, said": a description (with the body it is at, of or from)
     * or a relative clause set off by commas right after the speaker's name; the cue follows the second comma.
     */
    private static int[] description(List<Token> tokens, int afterName) {
        if (afterName >= tokens.size() || !tokens.get(afterName).text().equals(",")) {
            return null;
        }
        int next = afterName + 1;
        int[] description = next < tokens.size() && tokens.get(next).text().equalsIgnoreCase("who")
                ? relativeClause(tokens, next) : NounPhrases.phraseAfter(tokens, next);
        if (description != null) {
            description = new int[] {description[0], afterAffiliation(tokens, description[1])};
        }
        if (description == null || description[1] + 1 >= tokens.size()
                || !tokens.get(description[1]).text().equals(",") || Cues.at(tokens, description[1] + 1) == null) {
            return null;
        }
        return description;
    }

    /** The clause "who leads the crews" from {@code who} up to the next comma, when one comes within a few words. */
    private static int[] relativeClause(List<Token> tokens, int who) {
        for (int k = who + 1; k < tokens.size() && k <= who + RELATIVE_CLAUSE_WORDS; k++) {
            String text = tokens.get(k).text();
            if (text.equals(",")) {
                return new int[] {who, k};
            }
            if (text.length() == 1 && (".;:!?".indexOf(text.charAt(0)) >= 0
                    || QuotationScanner.isDoubleMark(text.charAt(0)))) {
                return null;
            }
        }
        return null;
    }

    /** "X said: '...'", "X labelled it '...'", "X said that while ..., '...'": the cue before the opening mark. */
    private static Statement cueBefore(TaggedDocument reading, Quotation quotation, int words, int from, int to,
                                       Set<Integer> usedCues) {
        int s = reading.sentenceAt(quotation.openMark());
        if (s < 0) {
            return null;
        }
        List<Token> tokens = reading.tokens(s);
        int mark = firstTokenFrom(tokens, quotation.openMark());
        int firstCue = -1;
        for (int c = mark - 1; c >= 0; c--) {
            String cue = Cues.at(tokens, c);
            if (cue == null || reading.quoted(tokens.get(c).start())) {
                continue;
            }
            int distance = mark - c - 1;
            int allowed = Cues.isLabelling(cue) ? NEAR_LABELLING_VERB : NEAR_SPEECH_VERB;
            if (words <= SCARE_QUOTE_WORDS && distance > allowed && firstCue < 0) {
                continue;
            }
            if (firstCue < 0) {
                firstCue = c;
            }
            int[] speaker = "according to".equals(cue) ? NounPhrases.phraseAfter(tokens, c + 2)
                    : NounPhrases.subjectBefore(tokens, c);
            if (speaker != null) {
                usedCues.add(tokens.get(c).start());
                return new Statement(from, to, true, tokens.get(speaker[0]).start(),
                        tokens.get(speaker[1] - 1).end(), cue, Outlets.in(reading, tokens), false);
            }
        }
        if (firstCue < 0) {
            return null;
        }
        int[] subject = NounPhrases.leadingSubject(tokens, firstCue);
        usedCues.add(tokens.get(firstCue).start());
        return new Statement(from, to, true, subject == null ? -1 : tokens.get(subject[0]).start(),
                subject == null ? -1 : tokens.get(subject[1] - 1).end(), Cues.at(tokens, firstCue),
                Outlets.in(reading, tokens), false);
    }

    /**
     * "seized on her own words from earlier in the week: '...'", "in his words, '...'": a quotation introduced by a
     * colon or comma right after a person's "words", with no reporting verb, is that person's; the possessive pronoun
     * stands for the speaker.
     */
    private static Statement possessorsWords(TaggedDocument reading, Quotation quotation, int from, int to) {
        int s = reading.sentenceAt(quotation.openMark());
        if (s < 0) {
            return null;
        }
        List<Token> tokens = reading.tokens(s);
        int mark = firstTokenFrom(tokens, quotation.openMark());
        if (mark < 1 || !INTRODUCING_MARKS.contains(tokens.get(mark - 1).text())) {
            return null;
        }
        for (int w = mark - 2; w >= 1 && w >= mark - 2 - WORDS_REACH; w--) {
            String word = tokens.get(w).text();
            if (CLAUSE_MARKS.contains(word) || tokens.get(w).isVerb()) {
                return null;
            }
            if (!word.equalsIgnoreCase("words")) {
                continue;
            }
            int owner = tokens.get(w - 1).text().equalsIgnoreCase("own") ? w - 2 : w - 1;
            if (owner < 0 || !POSSESSIVE_PRONOUNS.contains(tokens.get(owner).text().toLowerCase(Locale.ROOT))) {
                return null;
            }
            Token pronoun = tokens.get(owner);
            return new Statement(from, to, true, pronoun.start(), pronoun.end(), "words", Outlets.in(reading, tokens),
                    false);
        }
        return null;
    }

    /** The index of the first token starting at or after body offset {@code offset}: the opening mark's token. */
    private static int firstTokenFrom(List<Token> tokens, int offset) {
        int i = 0;
        while (i < tokens.size() && tokens.get(i).start() < offset) {
            i++;
        }
        return i;
    }

    private static int wordCount(String body, Quotation quotation) {
        int words = 0;
        for (int[] segment : quotation.segments()) {
            boolean inWord = false;
            for (int k = segment[0]; k < segment[1]; k++) {
                boolean letter = !Character.isWhitespace(body.charAt(k));
                if (letter && !inWord) {
                    words++;
                }
                inWord = letter;
            }
        }
        return words;
    }

    /**
     * Whether the quotation ends a clause: punctuation just inside or just after its closing mark. A short quotation
     * that runs on into its sentence ("the 'peaceful' people") is a modifier, not a statement.
     */
    private static boolean endsClause(String body, Quotation quotation) {
        int close = quotation.closeMark();
        if (!quotation.closed() || close == 0 || ",.;:!?".indexOf(body.charAt(close - 1)) >= 0) {
            return true;
        }
        int next = close + 1;
        while (next < body.length() && body.charAt(next) == ' ') {
            next++;
        }
        return next >= body.length() || ",.;:!?)\n\r\u2014".indexOf(body.charAt(next)) >= 0;
    }

    /** Whether the quotation fills its paragraphs: only spaces between the line start and its opening mark. */
    private static boolean isWholeParagraph(String body, Quotation quotation) {
        for (int k = quotation.openMark() - 1; k >= 0 && body.charAt(k) != '\n'; k--) {
            if (!Character.isWhitespace(body.charAt(k))) {
                return false;
            }
        }
        for (int k = quotation.closeMark() + 1; k < body.length() && body.charAt(k) != '\n'; k++) {
            if (!Character.isWhitespace(body.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "'A,' X said. 'B.'": the quotation opens a new sentence of the same paragraph right after the sentence that
     * attributed the previous one, so the same speaker goes on.
     */
    private static boolean startsSentenceAfter(String body, int previousEnd, int openMark) {
        if (previousEnd >= openMark) {
            return false;
        }
        int k = openMark - 1;
        while (k >= previousEnd && body.charAt(k) == ' ') {
            k--;
        }
        if (k < previousEnd || ".!?".indexOf(body.charAt(k)) < 0) {
            return false;
        }
        for (int i = previousEnd; i < openMark; i++) {
            char c = body.charAt(i);
            if (c == '\n' || c == '\r' || QuotationScanner.isDoubleMark(c) && i > previousEnd + 1) {
                return false;
            }
        }
        return true;
    }

    /** Whether the previous quotation stands in the paragraph right before {@code offset}. */
    private static boolean onlyParagraphBreakBetween(String body, int previousEnd, int offset) {
        int breaks = 0;
        boolean textAfterBreak = false;
        for (int k = previousEnd; k < offset; k++) {
            char c = body.charAt(k);
            if (c == '\n') {
                breaks++;
            } else if (breaks > 0 && !Character.isWhitespace(c)) {
                textAfterBreak = true;
            }
        }
        return breaks > 0 && !textAfterBreak;
    }
}
