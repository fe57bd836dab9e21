package org.claimcheck.core.source;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.time.LocalDate;

/**
 * YAML front matter at the top of a Markdown file, between a first line {@code ---} and a closing line {@code ---}
 * (or {@code ...}). Only {@code title}, {@code date} and {@code outlet} are read; other keys are ignored. YAML is
 * read as plain data: no tags, no object construction.
 *
 * @param title     the title, or {@code null}
 * @param date      the publication date, or {@code null}
 * @param outlet    the outlet, or {@code null}
 * @param bodyStart file offset where the Markdown body begins (0 when there is no front matter)
 */
record FrontMatter(String title, LocalDate date, String outlet, int bodyStart) {
    private static final YAMLMapper YAML = new YAMLMapper();

    /** Front matter of {@code source}, or an empty one starting the body at 0 when the file has none. */
    static FrontMatter read(SourceText source) throws InputException {
        String text = source.text();
        int firstEnd = lineEnd(text, 0);
        if (!text.substring(0, firstEnd).strip().equals("---")) {
            return new FrontMatter(null, null, null, 0);
        }
        int yamlStart = nextLine(text, firstEnd);
        int lineStart = yamlStart;
        while (lineStart < text.length()) {
            int end = lineEnd(text, lineStart);
            String line = text.substring(lineStart, end).strip();
            if (line.equals("---") || line.equals("...")) {
                return parse(source, yamlStart, lineStart, nextLine(text, end));
            }
            lineStart = nextLine(text, end);
        }
        throw new InputException(source.file(), 1,
                "front matter opened with --- is never closed; add a line --- after the last metadata key");
    }

    private static FrontMatter parse(SourceText source, int yamlStart, int yamlEnd, int bodyStart)
            throws InputException {
        String yaml = source.text().substring(yamlStart, yamlEnd);
        JsonNode root;
        try {
            root = yaml.isBlank() ? YAML.createObjectNode() : YAML.readTree(yaml);
        } catch (JacksonException e) {
            int line = source.lines().line(yamlStart) + Math.max(e.getLocation() == null ? 0 : e.getLocation().getLineNr(), 1) - 1;
            throw new InputException(source.file(), line, "invalid YAML front matter: " + e.getOriginalMessage(), e);
        }
        if (root == null || root.isNull() || root.isMissingNode()) {
            return new FrontMatter(null, null, null, bodyStart);
        }
        if (!root.isObject()) {
            throw new InputException(source.file(), source.lines().line(yamlStart),
                    "front matter must be YAML keys (title:, date:, outlet:), not a list or a single value");
        }
        String dateText = text(root, "date");
        LocalDate date = null;
        if (dateText != null) {
            date = IsoDates.parse(dateText);
            if (date == null) {
                throw new InputException(source.file(), keyLine(source, yamlStart, yamlEnd, "date"),
                        "front matter key 'date' is not a date: '" + dateText + "'; write it as YYYY-MM-DD");
            }
        }
        return new FrontMatter(text(root, "title"), date, text(root, "outlet"), bodyStart);
    }

    private static String text(JsonNode root, String key) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull() || node.isContainerNode()) {
            return null;
        }
        String value = node.asText().strip();
        return value.isEmpty() ? null : value;
    }

    /** The file line where {@code key:} starts inside the front matter, or its first line. */
    private static int keyLine(SourceText source, int from, int to, String key) {
        String text = source.text();
        int lineStart = from;
        while (lineStart < to) {
            if (text.startsWith(key + ":", lineStart)) {
                return source.lines().line(lineStart);
            }
            lineStart = nextLine(text, lineEnd(text, lineStart));
        }
        return source.lines().line(from);
    }

    private static int lineEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static int nextLine(String text, int lineEnd) {
        if (lineEnd < text.length() && text.charAt(lineEnd) == '\r' && lineEnd + 1 < text.length()
                && text.charAt(lineEnd + 1) == '\n') {
            return lineEnd + 2;
        }
        return Math.min(text.length(), lineEnd + 1);
    }
}
