package org.claimcheck.core.extract.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimcheck.core.extract.AnalyzedText;
import org.claimcheck.core.extract.ClaimFinder;
import org.claimcheck.core.model.AttributionClaim;
import org.claimcheck.core.text.Sentence;
import org.claimcheck.core.text.Tagger;
import org.claimcheck.core.text.Token;

/**
 * Finds attributed statements: quotations with their speaker ("'...,' Billström told the Financial Times",
 * "said X: '...'", "'...,' he added") and reported speech ("X said that ...", "X told reporters ...",
 * "according to X, ..."). A quotation that runs over several sentences gives one claim per sentence, all with one
 * speaker; a paragraph that is only a quotation continues the previous quotation's speaker. Quoted phrases of at
 * most {@value #SCARE_QUOTE_WORDS} words count only when a reporting verb governs them closely, so scare quotes
 * and titles are left out. Speakers are resolved inside the document by {@link SpeakerResolver}. Only sentences
 * holding a quotation mark or a reporting verb are tagged. Stateless and thread-safe.
 */
public final class AttributionFinder implements ClaimFinder {
    /** Quotations this short need a reporting verb right next to them. */
    static final int SCARE_QUOTE_WORDS = 3;
    private static final int NEAR_SPEECH_VERB = 2;
    private static final int NEAR_LABELLING_VERB = 8;
    private static final int MIN_CLAUSE_TOKENS = 3;

    private final Tagger tagger;

    /** A finder with its own tagger. */
    public AttributionFinder() {
        this(new Tagger());
    }

    /** A finder sharing {@code tagger}. */
    public AttributionFinder(Tagger tagger) {
        this.tagger = tagger;
    }

    @Override
    public List<AttributionClaim> find(AnalyzedText text) {
        Reading reading = new Reading(text);
        List<Statement> statements = new ArrayList<>();
        Set<Integer> usedCues = new HashSet<>();
        Statement previousQuote = null;
        for (Quotation quotation : reading.quotations) {
            Statement statement = attributeQuotation(reading, quotation, previousQuote, usedCues);
            if (statement != null) {
                statements.add(statement);
                previousQuote = statement;
            }
        }
        for (int s = 0; s < reading.sentences.size(); s++) {
            Statement reported = reportedSpeech(reading, s, usedCues);
            if (reported != null) {
                statements.add(reported);
            }
        }
        statements.sort(Comparator.comparingInt(Statement::start));
        return toClaims(reading, statements);
    }

    /** The document being read: its body, sentences, quotations and the tags of the sentences tagged so far. */
    private final class Reading {
        final AnalyzedText text;
        final String body;
        final List<Sentence> sentences;
        final List<Quotation> quotations;
        private final Map<Integer, List<Token>> tags = new HashMap<>();

        Reading(AnalyzedText text) {
            this.text = text;
            this.body = text.document().body().text();
            this.sentences = text.sentences();
            this.quotations = QuotationScanner.scan(body);
        }

        /** Tokens of sentence {@code s}, offsets in body coordinates. */
        List<Token> tokens(int s) {
            return tags.computeIfAbsent(s, index -> {
                Sentence sentence = sentences.get(index);
                List<Token> tokens = new ArrayList<>();
                for (Token token : tagger.tag(sentence.text())) {
                    tokens.add(new Token(token.text(), token.start() + sentence.start(),
                            token.end() + sentence.start(), token.tag(), token.lemma()));
                }
                return tokens;
            });
        }

        /** Index of the sentence holding body offset {@code offset}, or -1; sentences are in text order. */
        int sentenceAt(int offset) {
            int low = 0;
            int high = sentences.size() - 1;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                Sentence sentence = sentences.get(middle);
                if (offset < sentence.start()) {
                    high = middle - 1;
                } else if (offset >= sentence.end()) {
                    low = middle + 1;
                } else {
                    return middle;
                }
            }
            return -1;
        }

        /** Whether body offset {@code offset} lies inside a quotation; quotations are in text order. */
        boolean quoted(int offset) {
            int low = 0;
            int high = quotations.size() - 1;
            int candidate = -1;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                if (quotations.get(middle).openMark() <= offset) {
                    candidate = middle;
                    low = middle + 1;
                } else {
                    high = middle - 1;
                }
            }
            return candidate >= 0 && quotations.get(candidate).covers(offset);
        }

        String words(int[] phrase, List<Token> tokens) {
            return body.substring(tokens.get(phrase[0]).start(), tokens.get(phrase[1] - 1).end());
        }
    }

    private Statement attributeQuotation(Reading reading, Quotation quotation, Statement previousQuote,
                                         Set<Integer> usedCues) {
        int words = wordCount(reading.body, quotation);
        if (words <= SCARE_QUOTE_WORDS && !endsClause(reading.body, quotation)) {
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
        if (words > SCARE_QUOTE_WORDS && previousQuote != null && isWholeParagraph(reading.body, quotation)
                && onlyParagraphBreakBetween(reading.body, previousQuote.end(), quotation.openMark())) {
            return new Statement(start[0], end[1], true, -1, -1, previousQuote.cue(), previousQuote.outlet(), true);
        }
        return null;
    }

    /** "'...,' X said", "'...,' said X", "'...,' he added": the cue right after the closing mark. */
    private Statement cueAfter(Reading reading, Quotation quotation, int from, int to, Set<Integer> usedCues) {
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
        String cue = cueAt(tokens, i);
        int[] speaker;
        int cueIndex = i;
        if (cue != null) {
            speaker = "according to".equals(cue) ? NounPhrases.phraseAfter(tokens, i + 2)
                    : NounPhrases.phraseAfter(tokens, i + 1);
        } else {
            speaker = NounPhrases.phraseAfter(tokens, i);
            if (speaker == null) {
                return null;
            }
            cueIndex = speaker[1];
            while (cueIndex < tokens.size() && ("ADV".equals(tokens.get(cueIndex).tag())
                    || "AUX".equals(tokens.get(cueIndex).tag()))) {
                cueIndex++;
            }
            cue = cueIndex < tokens.size() ? cueAt(tokens, cueIndex) : null;
        }
        if (cue == null || speaker == null) {
            return null;
        }
        String speakerWords = reading.words(speaker, tokens);
        String outlet = outletIn(reading, tokens);
        usedCues.add(tokens.get(cueIndex).start());
        if (isOutlet(speakerWords)) {
            return reportedByOutlet(reading, quotation, from, to, cue, cleanOutlet(speakerWords), usedCues);
        }
        return new Statement(from, to, true, tokens.get(speaker[0]).start(), tokens.get(speaker[1] - 1).end(), cue,
                outlet, false);
    }

    /**
     * "'...,' X said, the Journal reported" or "'...,' according to Reuters": the outlet only relays the words; the
     * speaker is the one a cue before the quotation names, or else the sentence's subject.
     */
    private Statement reportedByOutlet(Reading reading, Quotation quotation, int from, int to, String cue,
                                       String outlet, Set<Integer> usedCues) {
        Statement before = cueBefore(reading, quotation, SCARE_QUOTE_WORDS + 1, from, to, usedCues);
        if (before != null) {
            return new Statement(from, to, true, before.speakerStart(), before.speakerEnd(), before.cue(), outlet,
                    false);
        }
        int s = reading.sentenceAt(quotation.openMark());
        List<Token> tokens = reading.tokens(s);
        int mark = 0;
        while (mark < tokens.size() && tokens.get(mark).start() < quotation.openMark()) {
            mark++;
        }
        int[] subject = NounPhrases.leadingSubject(tokens, mark);
        return new Statement(from, to, true, subject == null ? -1 : tokens.get(subject[0]).start(),
                subject == null ? -1 : tokens.get(subject[1] - 1).end(), cue, outlet, false);
    }

    /** "X said: '...'", "X labelled it '...'", "X said that while ..., '...'": the cue before the opening mark. */
    private Statement cueBefore(Reading reading, Quotation quotation, int words, int from, int to,
                                Set<Integer> usedCues) {
        int s = reading.sentenceAt(quotation.openMark());
        if (s < 0) {
            return null;
        }
        List<Token> tokens = reading.tokens(s);
        int mark = 0;
        while (mark < tokens.size() && tokens.get(mark).start() < quotation.openMark()) {
            mark++;
        }
        int firstCue = -1;
        for (int c = mark - 1; c >= 0; c--) {
            String cue = cueAt(tokens, c);
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
                        tokens.get(speaker[1] - 1).end(), cue, outletIn(reading, tokens), false);
            }
        }
        if (firstCue < 0) {
            return null;
        }
        int[] subject = NounPhrases.leadingSubject(tokens, firstCue);
        usedCues.add(tokens.get(firstCue).start());
        return new Statement(from, to, true, subject == null ? -1 : tokens.get(subject[0]).start(),
                subject == null ? -1 : tokens.get(subject[1] - 1).end(), cueAt(tokens, firstCue),
                outletIn(reading, tokens), false);
    }

    /** Reported speech in sentence {@code s}: the first reporting verb not already used by a quotation. */
    private Statement reportedSpeech(Reading reading, int s, Set<Integer> usedCues) {
        if (!mayHoldCue(reading.sentences.get(s).text())) {
            return null;
        }
        List<Token> tokens = reading.tokens(s);
        for (int i = 0; i < tokens.size(); i++) {
            String cue = cueAt(tokens, i);
            if (cue == null || Cues.isLabelling(cue) || usedCues.contains(tokens.get(i).start())
                    || reading.quoted(tokens.get(i).start()) || i > 0 && "be".equals(tokens.get(i - 1).lemma())) {
                continue;
            }
            Statement statement = "according to".equals(cue) ? accordingTo(reading, tokens, i)
                    : reportedClause(reading, tokens, i, cue);
            if (statement != null) {
                return statement;
            }
        }
        return null;
    }

    /** "According to X, clause." or "Clause, according to X." */
    private Statement accordingTo(Reading reading, List<Token> tokens, int i) {
        int[] source = NounPhrases.phraseAfter(tokens, i + 2);
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
        boolean outlet = isOutlet(sourceWords);
        if (outlet && hasOtherCue(tokens, i)) {
            return null;
        }
        return clauseStatement(tokens, clause, outlet ? null : source, "according to",
                outlet ? cleanOutlet(sourceWords) : outletIn(reading, tokens));
    }

    /** "X said (that) clause", "X told reporters clause", "Clause, X said", "Clause, said X". */
    private Statement reportedClause(Reading reading, List<Token> tokens, int i, String cue) {
        String outlet = outletIn(reading, tokens);
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
        if (subject[0] > MIN_CLAUSE_TOKENS && tokens.get(subject[0] - 1).text().equals(",")
                && !hasClauseAfter(tokens, i)) {
            return clauseStatement(tokens, new int[] {0, subject[0] - 1}, subject, cue, outlet);
        }
        int start = clauseStart(tokens, i, cue);
        if (start < 0) {
            return null;
        }
        return clauseStatement(tokens, new int[] {start, tokens.size()}, subject, cue, outlet);
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

    private Statement clauseStatement(List<Token> tokens, int[] clause, int[] speaker, String cue, String outlet) {
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
        if (to - from < MIN_CLAUSE_TOKENS || !hasVerb(tokens, from, to)) {
            return null;
        }
        return new Statement(tokens.get(from).start(), tokens.get(to - 1).end(), false,
                speaker == null ? -1 : tokens.get(speaker[0]).start(),
                speaker == null ? -1 : tokens.get(speaker[1] - 1).end(), cue, outlet, false);
    }

    /** Whether the sentence holds a reporting cue besides the one at {@code except}. */
    private static boolean hasOtherCue(List<Token> tokens, int except) {
        for (int k = 0; k < tokens.size(); k++) {
            if (k != except && cueAt(tokens, k) != null && !"according to".equals(cueAt(tokens, k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasVerb(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).isVerb() || "AUX".equals(tokens.get(k).tag())) {
                return true;
            }
        }
        return false;
    }

    /** The cue lemma at token {@code i}: a reporting verb, "according to" or "point out"; else {@code null}. */
    static String cueAt(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        String word = token.text().toLowerCase(java.util.Locale.ROOT);
        boolean next = i + 1 < tokens.size();
        if (word.equals("according") && next && tokens.get(i + 1).text().equalsIgnoreCase("to")) {
            return "according to";
        }
        if (word.startsWith("point") && next && tokens.get(i + 1).text().equalsIgnoreCase("out")) {
            return "point out";
        }
        String lemma = Cues.lemmaOf(word);
        boolean hyphenated = i > 0 && tokens.get(i - 1).text().endsWith("-") || word.contains("-");
        if (hyphenated || i > 0 && Vocabulary.isCapitalized(token.text())) {
            return null;
        }
        boolean afterName = i > 0 && (Vocabulary.isCapitalized(tokens.get(i - 1).text())
                || "PRON".equals(tokens.get(i - 1).tag()));
        if (lemma == null || token.isNoun() && !afterName || "DET".equals(token.tag())) {
            return null;
        }
        return lemma;
    }

    /** The outlet a sentence names: "told the Financial Times", "interview with CNN", "according to Reuters". */
    private String outletIn(Reading reading, List<Token> tokens) {
        for (int i = 0; i < tokens.size() - 1; i++) {
            String cue = cueAt(tokens, i);
            int[] phrase = null;
            if ("tell".equals(cue)) {
                phrase = NounPhrases.phraseAfter(tokens, i + 1);
            } else if ("according to".equals(cue) && i + 2 < tokens.size()) {
                phrase = NounPhrases.phraseAfter(tokens, i + 2);
            } else if ("report".equals(cue)) {
                phrase = NounPhrases.subjectBefore(tokens, i);
            } else if (tokens.get(i).lemma().equals("interview") && tokens.get(i + 1).lemma().equals("with")
                    && i + 2 < tokens.size()) {
                phrase = NounPhrases.phraseAfter(tokens, i + 2);
            }
            if (phrase != null && isOutlet(reading.words(phrase, tokens))) {
                return cleanOutlet(reading.words(phrase, tokens));
            }
        }
        return null;
    }

    private static boolean isOutlet(String words) {
        for (String word : words.split("\\s+")) {
            if (Vocabulary.isCapitalized(word) && Vocabulary.isOutletWord(word)
                    || Vocabulary.bare(word).equals("newspaper")) {
                return true;
            }
        }
        return false;
    }

    /** "the Financial Times" gives "Financial Times"; "*The Times*" gives "The Times". */
    private static String cleanOutlet(String words) {
        String cleaned = words.replace("*", "").replace("_", "").trim();
        return cleaned.startsWith("the ") ? cleaned.substring(4) : cleaned;
    }

    private List<AttributionClaim> toClaims(Reading reading, List<Statement> statements) {
        SpeakerResolver resolver = new SpeakerResolver(PersonScanner.scan(reading.body), reading.body,
                reading::quoted);
        List<AttributionClaim> claims = new ArrayList<>();
        for (Statement statement : statements) {
            String speakerWords = statement.hasSpeakerWords()
                    ? reading.body.substring(statement.speakerStart(), statement.speakerEnd()) : null;
            String speaker = statement.continued() ? resolver.lastPerson(statement.start())
                    : speakerWords == null ? null : resolver.resolve(speakerWords, statement.speakerStart());
            for (int s = 0; s < reading.sentences.size(); s++) {
                Sentence sentence = reading.sentences.get(s);
                int from = Math.max(statement.start(), sentence.start());
                int to = Math.min(statement.end(), sentence.end());
                int[] piece = trim(reading.body, from, to);
                if (piece == null) {
                    continue;
                }
                claims.add(new AttributionClaim("", reading.text.mention(sentence, piece[0], piece[1]), speaker,
                        speakerWords,
                        speakerWords == null ? null
                                : reading.text.document().spanOfBody(statement.speakerStart(), statement.speakerEnd()),
                        statement.cue(), statement.outlet(),
                        QuoteText.normalize(reading.body.substring(piece[0], piece[1])), statement.direct()));
            }
        }
        return claims;
    }

    /** The range without surrounding spaces, quotation marks and trailing commas; {@code null} if no letter is left. */
    private static int[] trim(String body, int from, int to) {
        while (from < to && isEdge(body.charAt(from))) {
            from++;
        }
        while (to > from && (isEdge(body.charAt(to - 1)) || ",;:".indexOf(body.charAt(to - 1)) >= 0)) {
            to--;
        }
        for (int k = from; k < to; k++) {
            if (Character.isLetter(body.charAt(k))) {
                return new int[] {from, to};
            }
        }
        return null;
    }

    private static boolean isEdge(char c) {
        return Character.isWhitespace(c) || QuotationScanner.isDoubleMark(c) || c == '\u2018' || c == '\u2019';
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

    /** A cheap test before tagging: whether the sentence holds a word that may be a reporting cue. */
    private static boolean mayHoldCue(String sentence) {
        for (String word : sentence.split("[^\\p{L}]+")) {
            if (!word.isEmpty() && (Cues.lemmaOf(word) != null || word.equalsIgnoreCase("according")
                    || word.regionMatches(true, 0, "point", 0, 5))) {
                return true;
            }
        }
        return false;
    }
}
