package org.claimcheck.core.extract.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.claimcheck.core.extract.AnalyzedText;
import org.claimcheck.core.extract.ClaimFinder;
import org.claimcheck.core.model.AttributionClaim;
import org.claimcheck.core.text.Sentence;
import org.claimcheck.core.text.Tagger;

/**
 * Finds attributed statements: quotations with their speaker ("'...,' Billström told the Financial Times",
 * "said X: '...'", "'...,' he added") and reported speech ("X said that ...", "X told reporters ...",
 * "according to X, ..."), one {@link AttributionClaim} per sentence, in text order, with empty ids.
 *
 * <p>A quotation that runs over several sentences gives one claim per sentence, all with one speaker; a paragraph
 * that is only a quotation continues the previous quotation's speaker. Quoted phrases of three words or fewer count
 * only when a reporting verb governs them closely and they end a clause, so scare quotes and titles are left out.
 * Speakers are resolved inside the document: pronouns to the last person named, titles to the person introduced
 * with them, surnames to full names, and other speakers ("US officials", "the Kremlin") kept as groups. Only
 * sentences holding a quotation mark or a reporting verb are tagged. Stateless and thread-safe.
 */
public final class AttributionFinder implements ClaimFinder {
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
        TaggedDocument reading = new TaggedDocument(text, tagger);
        List<Statement> statements = new ArrayList<>();
        Set<Integer> usedCues = new HashSet<>();
        Statement previousQuote = null;
        for (Quotation quotation : reading.quotations()) {
            Statement statement = QuotationAttributor.attribute(reading, quotation, previousQuote, usedCues);
            if (statement != null) {
                statements.add(statement);
                previousQuote = statement;
            }
        }
        List<Statement> quotes = List.copyOf(statements);
        for (int s = 0; s < reading.sentences().size(); s++) {
            Statement reported = ReportedSpeech.find(reading, s, usedCues);
            if (reported != null && quotes.stream().noneMatch(q -> overlap(q, reported))) {
                statements.add(reported);
            }
        }
        statements.sort(Comparator.comparingInt(Statement::start));
        return toClaims(reading, statements);
    }

    /**
     * Whether two statements share text: reported speech that runs into a quotation ("repeated her warning: "Homes can
     * be rebuilt"") is that quotation's lead-in, not a statement of its own.
     */
    private static boolean overlap(Statement a, Statement b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    private List<AttributionClaim> toClaims(TaggedDocument reading, List<Statement> statements) {
        if (statements.isEmpty()) {
            return List.of();
        }
        SpeakerResolver resolver = new SpeakerResolver(PersonScanner.scan(reading.body()), reading.body(),
                reading::quoted);
        List<AttributionClaim> claims = new ArrayList<>();
        String quotedSpeaker = null;
        for (Statement statement : statements) {
            String speakerWords = statement.hasSpeakerWords()
                    ? reading.body().substring(statement.speakerStart(), statement.speakerEnd()) : null;
            String speaker;
            if (statement.continued()) {
                speaker = quotedSpeaker != null ? quotedSpeaker : resolver.lastPerson(statement.start());
            } else if (speakerWords == null) {
                speaker = null;
            } else {
                Sentence sentence = reading.sentences().get(reading.firstSentenceEndingAfter(statement.speakerStart()));
                speaker = resolver.resolve(speakerWords, statement.speakerStart(), sentence.start(), sentence.end());
            }
            quotedSpeaker = statement.direct() ? speaker : quotedSpeaker;
            for (int s = reading.firstSentenceEndingAfter(statement.start());
                    s < reading.sentences().size() && reading.sentences().get(s).start() < statement.end(); s++) {
                Sentence sentence = reading.sentences().get(s);
                int from = Math.max(statement.start(), sentence.start());
                int to = Math.min(statement.end(), sentence.end());
                int[] piece = trim(reading.body(), from, to);
                if (piece == null) {
                    continue;
                }
                claims.add(new AttributionClaim("", reading.analyzed().mention(sentence, piece[0], piece[1]), speaker,
                        speakerWords,
                        speakerWords == null ? null : reading.analyzed().document()
                                .spanOfBody(statement.speakerStart(), statement.speakerEnd()),
                        statement.cue(), statement.outlet(),
                        QuoteText.normalize(reading.body().substring(piece[0], piece[1])), statement.direct()));
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
}
