package org.claimcheck.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.claimcheck.core.model.Claim;
import org.claimcheck.core.model.Span;

/**
 * What reading and extraction promise for any input, however hostile: a file that cannot be read fails with an
 * {@link InputException} naming it and a line inside it; every document and claim read from a file points inside
 * that file's text. Fuzz targets call these checks on every input.
 */
public final class ReadContract {
    private static final ArticleReader READER = new ArticleReader();

    private ReadContract() {
    }

    /**
     * Writes {@code bytes} to {@code file}, reads it, and checks the result: the documents read (empty when the
     * file was refused).
     */
    public static List<Document> readChecked(Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes);
        String displayPath = file.getFileName().toString();
        int lineBound = lineBound(bytes);
        ReadResult result;
        try {
            result = READER.read(file, displayPath);
        } catch (InputException refused) {
            assertProblem(refused, file, lineBound);
            return List.of();
        }
        result.problems().forEach(problem -> assertProblem(problem, file, lineBound));
        for (Document document : result.documents()) {
            assertThat(document.info().path()).isEqualTo(displayPath);
            assertBodyInsideFile(document);
        }
        return result.documents();
    }

    /** Checks that {@code problem} names {@code file} and, when it gives a line, one the file has. */
    public static void assertProblem(InputException problem, Path file, int lineBound) {
        assertThat(problem.file()).isEqualTo(file);
        assertThat(problem.line()).isBetween(0, lineBound);
        assertThat(problem.getMessage()).isNotBlank();
    }

    /**
     * The most lines the text of {@code bytes} can have in any encoding the reader accepts: every line end of
     * UTF-8 or UTF-16 text is a CR or LF byte.
     */
    public static int lineBound(byte[] bytes) {
        return LineIndex.of(new String(bytes, StandardCharsets.ISO_8859_1)).lineCount();
    }

    /** Checks that every body character maps to a span of the file text with the right line and column. */
    public static void assertBodyInsideFile(Document document) {
        LineIndex lines = LineIndex.of(document.fileText());
        int length = document.body().text().length();
        for (int i = 0; i < length; i++) {
            assertInsideFile(document, lines, document.spanOfBody(i, i + 1));
        }
        assertInsideFile(document, lines, document.spanOfBody(0, length));
    }

    /** Checks that each claim's span, text, line, column and sentence point inside the document's file. */
    public static void assertClaimsInsideFile(Document document, List<Claim> claims) {
        LineIndex lines = LineIndex.of(document.fileText());
        for (Claim claim : claims) {
            assertInsideFile(document, lines, claim.mention().span());
            assertInsideFile(document, lines, claim.mention().sentenceSpan());
            assertThat(claim.mention().text()).isEqualTo(document.fileText(claim.mention().span()));
            assertThat(claim.mention().path()).isEqualTo(document.info().path());
        }
    }

    private static void assertInsideFile(Document document, LineIndex lines, Span span) {
        assertThat(span.end()).as("end of %s", span).isLessThanOrEqualTo(document.fileText().length());
        assertThat(span.line()).as("line of %s", span).isEqualTo(lines.line(span.start()));
        assertThat(span.column()).as("column of %s", span).isEqualTo(lines.column(span.start()));
    }
}
