package org.claimcheck.core.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns scraped page text into a clean article body. The text is cut into lines; a line that is page furniture
 * anywhere ({@link PageFurniture}) is dropped; the header zone (before the first line of prose) and the footer zone
 * (after the last) also lose their short fragments without sentence punctuation; an end marker ("Related
 * Articles", "Source link") in the second half of the page drops everything after it. A dateline in the header
 * gives the article date; a wire dateline opening a line ("TREMSK, Kaldoria, Oct 7 (Meridian) - ") is left out.
 * Kept lines become paragraphs, separated by one blank line, except that a line hard-wrapped inside a sentence is
 * joined to the next with a space. Stateless.
 */
final class PlainTextCleaner {
    /** Fewest words of a line of prose. */
    private static final int PROSE_WORDS = 6;
    /** Fewest words of a header or footer line that is kept although it has no sentence punctuation. */
    private static final int FRAGMENT_WORDS = 5;
    /** How many leading lines may hold the header dateline even after prose has started. */
    private static final int HEADER_LINES = 5;

    private PlainTextCleaner() {
    }

    /** The clean body and the date of the header dateline, if there is one. */
    record Cleaned(TextMap body, LocalDate dateline) {
    }

    /**
     * Cleans {@code text}, whose character {@code i} stands for the file text {@code [starts[i], ends[i])}; both
     * arrays are {@code null} when the text is the file text itself.
     */
    static Cleaned clean(String text, int[] starts, int[] ends) {
        List<Line> lines = Line.split(text);
        int firstProse = -1;
        for (int i = 0; i < lines.size() && firstProse < 0; i++) {
            firstProse = lines.get(i).isProse(text) ? i : -1;
        }
        int end = endOfArticle(text, lines, firstProse);
        int lastProse = -1;
        for (int i = 0; i < end; i++) {
            lastProse = lines.get(i).isProse(text) ? i : lastProse;
        }
        BodyBuilder body = new BodyBuilder();
        LocalDate dateline = null;
        Line previous = null;
        for (int i = 0; i < end; i++) {
            Line line = lines.get(i);
            String content = line.content(text);
            boolean header = i < firstProse || firstProse < 0;
            boolean outside = header || i > lastProse;
            if (content.isEmpty()) {
                previous = null;
                continue;
            }
            if (PageFurniture.isFurniture(content) || outside && line.isFragment(text)) {
                if (dateline == null && (header || i < HEADER_LINES)) {
                    dateline = Dateline.whole(text, line.start(), line.end()).map(Dateline.Match::date).orElse(null);
                }
                previous = null;
                continue;
            }
            int contentEnd = line.end();
            Optional<Dateline.Match> trailing = header ? Dateline.trailing(text, line.start(), line.end())
                    : Optional.empty();
            if (trailing.isPresent()) {
                contentEnd = trailing.get().start();
                dateline = dateline == null ? trailing.get().date() : dateline;
            }
            int contentStart = Dateline.afterWireDateline(text, line.start(), contentEnd);
            if (previous != null && previous.wrapsInto(line, text)) {
                body.space(starts == null ? previous.end() : starts[previous.end()]);
            } else {
                body.paragraphBreak();
            }
            body.source(text, starts, ends, contentStart, contentEnd);
            previous = line;
        }
        return new Cleaned(body.build(), dateline);
    }

    /** Index of the first line after the article: an end marker in the second half of the text, else all. */
    private static int endOfArticle(String text, List<Line> lines, int firstProse) {
        for (int i = Math.max(firstProse, 0); i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.start() * 2 >= text.length() && PageFurniture.isEndMarker(line.content(text))) {
                return i;
            }
        }
        return lines.size();
    }

    /** One line's content: leading whitespace and a list bullet, and trailing whitespace, left out. */
    record Line(int start, int end) {

        static List<Line> split(String text) {
            List<Line> lines = new ArrayList<>();
            int length = text.length();
            int lineStart = 0;
            for (int i = 0; i <= length; i++) {
                boolean atEnd = i == length;
                char c = atEnd ? '\n' : text.charAt(i);
                if (c == '\n' || c == '\r') {
                    lines.add(trimmed(text, lineStart, i));
                    if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    lineStart = i + 1;
                }
            }
            return lines;
        }

        private static Line trimmed(String text, int from, int to) {
            int start = from;
            int end = to;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            if (start + 1 < end && isBullet(text.charAt(start)) && Character.isWhitespace(text.charAt(start + 1))) {
                start += 2;
                while (start < end && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            return new Line(start, end);
        }

        private static boolean isBullet(char c) {
            return c == '\u2022' || c == '\u00B7' || c == '\u25AA' || c == '\u25CF' || c == '*' || c == '-';
        }

        String content(String text) {
            return text.substring(start, end);
        }

        /** Ends like a sentence (closing quotes and brackets aside) and has enough words. */
        boolean isProse(String text) {
            return endsSentence(text) && words(text, PROSE_WORDS) >= PROSE_WORDS;
        }

        /** Few words and no sentence end: a label, a button, a name. */
        boolean isFragment(String text) {
            return !endsSentence(text) && words(text, FRAGMENT_WORDS) < FRAGMENT_WORDS;
        }

        /** Whether this line breaks inside a sentence that {@code next}, the very next line, continues. */
        boolean wrapsInto(Line next, String text) {
            char last = text.charAt(end - 1);
            char first = text.charAt(next.start());
            boolean open = Character.isLowerCase(last) || last == ',' || last == '-';
            return open && (Character.isLowerCase(first) || Character.isDigit(first));
        }

        private boolean endsSentence(String text) {
            int i = end - 1;
            while (i >= start && isCloser(text.charAt(i))) {
                i--;
            }
            if (i < start) {
                return false;
            }
            char c = text.charAt(i);
            return c == '.' || c == '!' || c == '?' || c == '\u2026';
        }

        private static boolean isCloser(char c) {
            return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']' || c == '\u00BB';
        }

        /** Number of words, counted up to {@code enough}. */
        private int words(String text, int enough) {
            int count = 0;
            boolean inWord = false;
            for (int i = start; i < end && count < enough; i++) {
                boolean letter = !Character.isWhitespace(text.charAt(i));
                if (letter && !inWord) {
                    count++;
                }
                inWord = letter;
            }
            return count;
        }
    }
}
