package org.claimcheck.core.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits clean body text into sentences: first into paragraphs at line breaks, then each paragraph with the
 * Apache OpenNLP English sentence model, then mends the model's known mistakes after abbreviations ("Aug. 6",
 * "U.S. officials", "Gov. Smith"). The model is loaded from the classpath once; instances are thread-safe.
 */
public final class SentenceSplitter {
    /** The sentence model inside {@code opennlp-models-sentdetect-en}. */
    static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    /**
     * Words that end with a period without ending a sentence when followed by more of it, besides the shared
     * {@link Abbreviations}: units, dotted initials and references.
     */
    private static final Set<String> ABBREVIATIONS = Set.of("nos", "sq", "mi", "km", "u.s", "u.k", "u.n", "e.u",
            "d.c", "a.m", "p.m", "ave", "fig", "e.g", "i.e", "al");
    /**
     * Abbreviations that end their sentence when a capital follows: a unit or "etc." comes last, while a title, a
     * month or a company's "Inc." comes before a name ("covered 12 sq. km. Crews …", but "Gov. Smith").
     */
    private static final Set<String> LAST_WORDS = Set.of("sq", "mi", "km", "ft", "etc");

    private static final SentenceModel MODEL = loadModel();

    private final ThreadLocal<SentenceDetectorME> detector = ThreadLocal.withInitial(() -> new SentenceDetectorME(MODEL));

    private static SentenceModel loadModel() {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("sentence model " + MODEL_RESOURCE + " is not on the classpath");
            }
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load sentence model " + MODEL_RESOURCE, e);
        }
    }

    /** The sentences of {@code text}, in order, trimmed; none straddles a paragraph. */
    public List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        for (int[] paragraph : Paragraphs.of(text)) {
            splitParagraph(text, paragraph[0], paragraph[1], sentences);
        }
        return sentences;
    }

    /**
     * How many sentences the model alone finds in {@code text}, paragraph by paragraph, without the abbreviation
     * mending: the baseline that extraction throughput is measured against.
     */
    public int countModelSentences(String text) {
        int count = 0;
        for (int[] paragraph : Paragraphs.of(text)) {
            count += detector.get().sentPosDetect(text.substring(paragraph[0], paragraph[1])).length;
        }
        return count;
    }

    private void splitParagraph(String text, int from, int to, List<Sentence> out) {
        String paragraph = text.substring(from, to);
        Span[] spans = detector.get().sentPosDetect(paragraph);
        int pendingStart = -1;
        int pendingEnd = -1;
        for (Span span : spans) {
            if (pendingStart >= 0 && !continues(paragraph, pendingEnd, span.getStart())) {
                add(text, from + pendingStart, from + pendingEnd, out);
                pendingStart = -1;
            }
            if (pendingStart < 0) {
                pendingStart = span.getStart();
            }
            pendingEnd = span.getEnd();
        }
        if (pendingStart >= 0) {
            add(text, from + pendingStart, from + pendingEnd, out);
        }
    }

    /** Whether the model's break at {@code end} falls inside a sentence (after an abbreviation, before lower case). */
    private static boolean continues(String paragraph, int end, int nextStart) {
        if (nextStart >= paragraph.length()) {
            return false;
        }
        char next = paragraph.charAt(nextStart);
        if (Character.isLowerCase(next) || Character.isDigit(next)) {
            return paragraph.charAt(end - 1) != '?' && paragraph.charAt(end - 1) != '!'
                    && !endsWithQuoteOrSentenceEnd(paragraph, end, next);
        }
        if (paragraph.charAt(end - 1) != '.') {
            return false;
        }
        int wordStart = end - 1;
        while (wordStart > 0 && !Character.isWhitespace(paragraph.charAt(wordStart - 1))
                && paragraph.charAt(wordStart - 1) != '(') {
            wordStart--;
        }
        String word = paragraph.substring(wordStart, end - 1).toLowerCase(Locale.ROOT);
        return isAbbreviation(word) && !LAST_WORDS.contains(word) || isInitial(word);
    }

    /** "...in March. 2025 will..." ends a sentence; "Aug. 6" does not. */
    private static boolean endsWithQuoteOrSentenceEnd(String paragraph, int end, char next) {
        if (!Character.isDigit(next) || paragraph.charAt(end - 1) != '.') {
            return false;
        }
        int wordStart = end - 1;
        while (wordStart > 0 && Character.isLetter(paragraph.charAt(wordStart - 1))) {
            wordStart--;
        }
        return !isAbbreviation(paragraph.substring(wordStart, end - 1).toLowerCase(Locale.ROOT));
    }

    private static boolean isAbbreviation(String word) {
        return Abbreviations.contains(word) || ABBREVIATIONS.contains(word);
    }

    /** A single capital letter such as the "J." of "John J. Smith". */
    private static boolean isInitial(String word) {
        return word.length() == 1 && Character.isLetter(word.charAt(0));
    }

    private static void add(String text, int start, int end, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(start, end, text.substring(start, end)));
        }
    }
}
