package org.claimcheck.core.source;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimcheck.core.model.DocumentInfo;

/**
 * A sidecar metadata file: a JSON object mapping a file name, or a relative path, to
 * {@code {"date": "YYYY-MM-DD", "outlet": "...", "title": "..."}} (every key optional). Immutable.
 */
public final class MetadataManifest {
    private static final JsonFactory JSON = new JsonFactory();
    private static final MetadataManifest EMPTY = new MetadataManifest(Map.of());

    /** Entries by the file name their key ends with. */
    private final Map<String, List<Entry>> byFileName;

    private record Entry(String key, String title, LocalDate date, String outlet) {
    }

    private MetadataManifest(Map<String, List<Entry>> byFileName) {
        this.byFileName = byFileName;
    }

    /** A manifest with no entries: {@link #apply} returns its argument. */
    public static MetadataManifest empty() {
        return EMPTY;
    }

    /**
     * Reads a manifest file.
     *
     * @throws InputException naming the file and line when it is not such a JSON object or a date is not
     *                        {@code YYYY-MM-DD}
     */
    public static MetadataManifest read(Path file) throws InputException {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot read the metadata manifest: " + e.getMessage(), e);
        }
        Map<String, List<Entry>> byFileName = new HashMap<>();
        try (JsonParser parser = JSON.createParser(text)) {
            expect(file, parser, parser.nextToken() == JsonToken.START_OBJECT,
                    "a metadata manifest is a JSON object of file names");
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                Entry entry = entry(file, parser, normalize(parser.currentName()));
                byFileName.computeIfAbsent(fileName(entry.key()), k -> new ArrayList<>()).add(entry);
            }
            expect(file, parser, parser.nextToken() == null, "text after the manifest's JSON object");
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InputException(file, line, "invalid JSON in the metadata manifest: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot read the metadata manifest: " + e.getMessage(), e);
        }
        return new MetadataManifest(byFileName);
    }

    /**
     * Fills in what the document does not state. The entry used is the one whose key matches the end of
     * {@code info.path()} at a path separator, the longest such key winning (so {@code "a.txt"} matches
     * {@code corpus/a.txt}, and {@code "corpus/a.txt"} beats it). Its title and outlet fill a missing title and
     * outlet; its date fills a missing date and also replaces a date merely read from the article text (a page's
     * dateline is often the date it was scraped), setting {@code dateSource} to {@code manifest}. A date from front
     * matter or a JSON record is kept.
     */
    public DocumentInfo apply(DocumentInfo info) {
        String path = normalize(info.path());
        Entry best = null;
        for (Entry entry : byFileName.getOrDefault(fileName(path), List.of())) {
            boolean matches = path.equals(entry.key()) || path.endsWith("/" + entry.key());
            if (matches && (best == null || entry.key().length() > best.key().length())) {
                best = entry;
            }
        }
        if (best == null) {
            return info;
        }
        boolean useDate = best.date() != null && (info.date() == null || "text".equals(info.dateSource()));
        return new DocumentInfo(info.id(), info.path(), info.recordId(),
                info.title() != null ? info.title() : best.title(),
                useDate ? best.date() : info.date(),
                info.outlet() != null ? info.outlet() : best.outlet(),
                useDate ? "manifest" : info.dateSource());
    }

    private static Entry entry(Path file, JsonParser parser, String key) throws IOException, InputException {
        expect(file, parser, parser.nextToken() == JsonToken.START_OBJECT,
                "the entry for '" + key + "' must be an object with date, outlet and title");
        Map<String, String> values = new HashMap<>();
        LocalDate date = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value.isStructStart()) {
                parser.skipChildren();
                continue;
            }
            String text = value == JsonToken.VALUE_NULL ? null : parser.getText();
            if (name.equals("date") && text != null) {
                date = IsoDates.parse(text);
                expect(file, parser, date != null, "the date of '" + key + "' is not a date: '" + text
                        + "'; write it as YYYY-MM-DD");
            }
            values.put(name, text == null || text.isBlank() ? null : text.strip());
        }
        return new Entry(key, values.get("title"), date, values.get("outlet"));
    }

    private static void expect(Path file, JsonParser parser, boolean condition, String message)
            throws InputException {
        if (!condition) {
            throw new InputException(file, parser.currentTokenLocation().getLineNr(), message);
        }
    }

    private static String normalize(String path) {
        String slashed = path.replace('\\', '/');
        return slashed.startsWith("./") ? slashed.substring(2) : slashed;
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
