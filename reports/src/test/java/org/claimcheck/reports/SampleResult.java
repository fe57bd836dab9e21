package org.claimcheck.reports;

import java.time.LocalDate;
import java.util.List;

import org.claimcheck.core.model.Amount;
import org.claimcheck.core.model.AttributionClaim;
import org.claimcheck.core.model.CountedNoun;
import org.claimcheck.core.model.DateClaim;
import org.claimcheck.core.model.Dimension;
import org.claimcheck.core.model.DocumentInfo;
import org.claimcheck.core.model.EventContext;
import org.claimcheck.core.model.Mention;
import org.claimcheck.core.model.PartialDate;
import org.claimcheck.core.model.QuantityClaim;
import org.claimcheck.core.model.Qualifier;
import org.claimcheck.core.model.Span;
import org.claimcheck.core.source.LineIndex;
import org.claimcheck.rules.CheckResult;
import org.claimcheck.rules.Finding;
import org.claimcheck.rules.InputProblem;
import org.claimcheck.rules.RuleInfo;
import org.claimcheck.rules.Severity;

/** A small hand-made check result over two fictional articles, the second one full of hostile text. */
final class SampleResult {
    static final String FLOOD_PATH = "content/flood.md";
    static final String FLOOD_TEXT = """
            ---
            title: Floods cover the Varden valley
            date: 2025-03-04
            outlet: Northern Ledger
            ---
            Floodwater covered nearly 400 square miles of the Varden valley on March 2, officials said.

            "We have never seen water this high," said Mayor Ilse Brandt.
            """;
    static final String HOSTILE_PATH = "content/flood-update.md";
    static final String HOSTILE_TITLE = "Floods <script>alert(1)</script> \"quoted\" & more";
    static final String HOSTILE_OUTLET = "Ledger\" onmouseover=\"alert(2)";
    static final String HOSTILE_TEXT = """
            ---
            title: x
            ---
            The water spread across about 1,300 square kilometres, and 10 to 12 people were rescued.

            See <a href="javascript:alert(3)">this</a> <script>alert(4)</script> | pipe | *bold*: 3 boats sank.
            """;
    static final String HOSTILE_MESSAGE = "Quote <img src=x onerror=alert(5)> | is attributed to another speaker.";

    private SampleResult() {
    }

    static CheckResult build() {
        DocumentInfo flood = new DocumentInfo("d1", FLOOD_PATH, null, "Floods cover the Varden valley",
                LocalDate.of(2025, 3, 4), "Northern Ledger", "front-matter");
        DocumentInfo hostile = new DocumentInfo("d2", HOSTILE_PATH, null, HOSTILE_TITLE, null, HOSTILE_OUTLET, null);
        String floodSentence = "Floodwater covered nearly 400 square miles of the Varden valley on March 2, "
                + "officials said.";
        String quoteSentence = "\"We have never seen water this high,\" said Mayor Ilse Brandt.";
        String spreadSentence = "The water spread across about 1,300 square kilometres, and 10 to 12 people were "
                + "rescued.";
        String boatSentence = "See <a href=\"javascript:alert(3)\">this</a> <script>alert(4)</script> | pipe | "
                + "*bold*: 3 boats sank.";
        EventContext cover = new EventContext("cover", List.of("Varden"), List.of("Varden"), List.of("floodwater"),
                "2025-03-02");

        QuantityClaim area = new QuantityClaim("c1", mention("d1", FLOOD_PATH, FLOOD_TEXT, "nearly 400 square miles",
                floodSentence), new Amount(400, 400, Qualifier.NEARLY, Dimension.AREA, "mi2", 1.0359952E9, 1.0359952E9),
                new CountedNoun("square miles of the Varden valley", "mile", List.of("square")), cover);
        DateClaim date = new DateClaim("c2", mention("d1", FLOOD_PATH, FLOOD_TEXT, "March 2", floodSentence),
                new PartialDate(2025, 3, 2), "on", false, true, LocalDate.of(2025, 3, 4), cover);
        AttributionClaim quote = new AttributionClaim("c3", mention("d1", FLOOD_PATH, FLOOD_TEXT,
                "We have never seen water this high,", quoteSentence), "Ilse Brandt", "Mayor Ilse Brandt",
                null, "say", null, "We have never seen water this high,", true);
        QuantityClaim otherArea = new QuantityClaim("c4", mention("d2", HOSTILE_PATH, HOSTILE_TEXT,
                "about 1,300 square kilometres", spreadSentence),
                new Amount(1300, 1300, Qualifier.APPROXIMATELY, Dimension.AREA, "km2", 1.3E9, 1.3E9),
                CountedNoun.none(), EventContext.empty());
        QuantityClaim rescued = new QuantityClaim("c5", mention("d2", HOSTILE_PATH, HOSTILE_TEXT, "10 to 12 people",
                spreadSentence), new Amount(10, 12, Qualifier.EXACT, Dimension.COUNT, "person", 10, 12),
                new CountedNoun("people", "person", List.of()),
                new EventContext("rescue", List.of(), List.of(), List.of(), null));
        QuantityClaim boats = new QuantityClaim("c6", mention("d2", HOSTILE_PATH, HOSTILE_TEXT, "3 boats",
                boatSentence), new Amount(3, 3, Qualifier.EXACT, Dimension.COUNT, "boat", 3, 3),
                new CountedNoun("boats", "boat", List.of()), EventContext.empty());

        List<RuleInfo> rules = List.of(
                new RuleInfo("numeric-mismatch", "NumericMismatch", "Two statements of one figure disagree.",
                        "Compares numbers that measure the same thing in the same event.",
                        "Check the figure against the source and correct the wrong article.", Severity.ERROR),
                new RuleInfo("quote-speaker", "QuoteSpeaker", "A quotation is attributed to different people.",
                        "Compares the speakers of near-identical quotations.",
                        "Confirm who said the words.", Severity.WARNING),
                new RuleInfo("figure-update", "FigureUpdate", "A later article revises a figure.",
                        "Notes figures that change between earlier and later articles.",
                        "Nothing to fix; make sure the update is intended.", Severity.INFO));
        List<Finding> findings = List.of(
                new Finding("f1", "numeric-mismatch", Severity.ERROR, List.of("c1", "c4"),
                        "Flooded area: nearly 400 mi2 (1,036 km2) against about 1,300 km2, beyond the 10% tolerance.",
                        "Both sentences report the area covered by the Varden flood.", "a1b2c3d4e5f60718"),
                new Finding("f2", "quote-speaker", Severity.WARNING, List.of("c3", "c6"), HOSTILE_MESSAGE,
                        "The <b>words</b> match but the speakers differ.", "99aa88bb77cc66dd"),
                new Finding("f3", "figure-update", Severity.INFO, List.of("c5"),
                        "Rescue count revised to 10 to 12 people.", null, "0f0e0d0c0b0a0908"));
        return new CheckResult("0.1.0", List.of(flood, hostile), List.of(area, date, quote, otherArea, rescued, boats),
                findings, rules, List.of(new InputProblem("content/broken.md", 3, "front matter is not valid YAML")));
    }

    /** A mention of the first occurrence of {@code text} in the file, inside the given sentence. */
    static Mention mention(String documentId, String path, String fileText, String text, String sentence) {
        LineIndex lines = LineIndex.of(fileText);
        int sentenceStart = fileText.indexOf(sentence);
        int start = fileText.indexOf(text, sentenceStart);
        if (sentenceStart < 0 || start < 0) {
            throw new IllegalArgumentException("not in the file: " + text);
        }
        Span span = new Span(start, start + text.length(), lines.line(start), lines.column(start));
        Span sentenceSpan = new Span(sentenceStart, sentenceStart + sentence.length(), lines.line(sentenceStart),
                lines.column(sentenceStart));
        return new Mention(documentId, path, span, text, sentence, sentenceSpan);
    }
}
