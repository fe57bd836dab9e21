package org.claimcheck.core.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Reads article files into {@link Document}s, choosing the format by file extension (case-insensitive):
 * {@code .txt} scraped plain text, {@code .md}/{@code .markdown} Markdown with YAML front matter,
 * {@code .html}/{@code .htm} HTML pages, {@code .jsonl} JSON Lines exports. Document ids are left empty for the run
 * to number. Thread-safe and stateless.
 */
public final class ArticleReader {
    private static final Map<String, ArticleFormat> FORMATS = Map.of(
            "txt", new PlainTextFormat(),
            "md", new MarkdownFormat(),
            "markdown", new MarkdownFormat(),
            "html", new HtmlFormat(),
            "htm", new HtmlFormat(),
            "jsonl", new JsonLinesFormat());

    /**
     * Reads one file.
     *
     * @param file        the file to read
     * @param displayPath the path reports show for it; becomes {@code DocumentInfo.path}
     * @return the documents read and the problems that did not stop reading (a bad JSON Lines record, invalid
     *         UTF-8 bytes read as U+FFFD)
     * @throws InputException when nothing can be read: unsupported extension, unreadable, empty or binary file,
     *                        broken front matter, no article text
     */
    public ReadResult read(Path file, String displayPath) throws InputException {
        ArticleFormat format = FORMATS.get(extension(file));
        if (format == null) {
            throw new InputException(file, 0, "unsupported file type; use .txt, .md, .markdown, .html, .htm or .jsonl");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot read the file: " + e.getMessage(), e);
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(file, bytes);
        return format.read(SourceText.of(file, displayPath, decoded.text())).withProblemsBefore(decoded.problems());
    }

    /** Whether {@code file} has an extension this reader reads. */
    public static boolean isSupported(Path file) {
        return FORMATS.containsKey(extension(file));
    }

    private static String extension(Path file) {
        Path name = file.getFileName();
        String text = name == null ? "" : name.toString();
        int dot = text.lastIndexOf('.');
        return dot < 0 ? "" : text.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
