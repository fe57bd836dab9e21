package org.claimcheck.core.source;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimcheck.core.model.DocumentInfo;

/**
 * JSON Lines exports ({@code .jsonl}): one JSON object per line with {@code text} and optional {@code id},
 * {@code date}, {@code title} and {@code outlet}. The article text goes through {@link PlainTextCleaner} like
 * scraped text, and every body character maps to its position inside the JSON string literal of the file, escapes
 * included. A line that is not such an object is reported with its line number and the other lines are still read.
 */
final class JsonLinesFormat implements ArticleFormat {
    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public ReadResult read(SourceText source) {
        String text = source.text();
        List<Document> documents = new ArrayList<>();
        List<InputException> problems = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                try {
                    documents.add(record(source, line, lineStart, problems));
                } catch (InputException e) {
                    problems.add(e);
                }
            }
            lineStart = lineEnd + 1;
        }
        return new ReadResult(documents, problems);
    }

    private static Document record(SourceText source, String line, int lineStart, List<InputException> problems)
            throws InputException {
        Map<String, String> values = new HashMap<>();
        Map<String, Integer> quotes = new HashMap<>();
        try {
            readObject(line, values, quotes);
        } catch (JacksonException e) {
            throw source.problemAt(lineStart, "invalid JSON record: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw source.problemAt(lineStart, "unreadable JSON record: " + e.getMessage());
        }
        Integer textQuote = quotes.get("text");
        if (textQuote == null) {
            throw source.problemAt(lineStart, "JSON record has no \"text\" string; every line needs one");
        }
        JsonStringLiteral literal = JsonStringLiteral.decode(source.text(), lineStart + textQuote);
        PlainTextCleaner.Cleaned cleaned = PlainTextCleaner.clean(literal.text(), literal.starts(), literal.ends());
        if (cleaned.body().text().isEmpty()) {
            throw source.problemAt(lineStart, "JSON record has no article text");
        }
        LocalDate date = null;
        String dateSource = null;
        String dateText = values.get("date");
        if (dateText != null) {
            date = IsoDates.parse(dateText);
            dateSource = date == null ? null : "record";
            if (date == null) {
                problems.add(source.problemAt(lineStart, "JSON record date is not a date: '" + dateText
                        + "'; write it as YYYY-MM-DD (the record was read without a date)"));
            }
        }
        if (date == null && cleaned.dateline() != null) {
            date = cleaned.dateline();
            dateSource = "text";
        }
        DocumentInfo info = new DocumentInfo("", source.displayPath(), values.get("id"), values.get("title"), date,
                values.get("outlet"), dateSource);
        return new Document(info, source.text(), source.lines(), cleaned.body());
    }

    /** Reads the top-level scalar fields of the object on {@code line}, and where each string value's quote is. */
    private static void readObject(String line, Map<String, String> values, Map<String, Integer> quotes)
            throws IOException {
        try (JsonParser parser = JSON.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new com.fasterxml.jackson.core.JsonParseException(parser, "a line must hold one JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value.isStructStart()) {
                    parser.skipChildren();
                } else if (value != JsonToken.VALUE_NULL && !values.containsKey(name)) {
                    values.put(name, parser.getText());
                    if (value == JsonToken.VALUE_STRING) {
                        quotes.put(name, (int) parser.currentTokenLocation().getCharOffset());
                    }
                }
            }
            if (parser.nextToken() != null) {
                throw new com.fasterxml.jackson.core.JsonParseException(parser, "text after the JSON object");
            }
        }
    }
}
