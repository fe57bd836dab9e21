package org.claimcheck.core.extract.context;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Event words and the event class each one stands for ("wounded", "injuring" and "casualties" all stand for
 * {@code injure}). Read once from {@code events.txt} beside this class.
 */
public final class EventLexicon {
    /** How much an event word says about which fact a claim states. */
    public enum Strength {
        /** Names what happened precisely: killed, wounded, seized. */
        STRONG,
        /** Names a generic action: spent, sent, stationed. */
        WEAK,
        /** Names the event a sentence is set in: an attack, an offensive. */
        SETTING,
        /** Names the act of saying: said, told, added. */
        REPORTING
    }

    /** An event class and its strength. */
    public record EventClass(String name, Strength strength) {
    }

    private static final EventLexicon DEFAULT = load("events.txt");

    private final Map<String, EventClass> byLemma;

    private EventLexicon(Map<String, EventClass> byLemma) {
        this.byLemma = Map.copyOf(byLemma);
    }

    /** The built-in lexicon. */
    public static EventLexicon standard() {
        return DEFAULT;
    }

    /** The event class of a lower-case lemma, if it names an event. */
    public Optional<EventClass> classOf(String lemma) {
        return Optional.ofNullable(byLemma.get(lemma));
    }

    private static EventLexicon load(String resource) {
        Map<String, EventClass> map = new HashMap<>();
        try (InputStream in = EventLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("event lexicon " + resource + " is not on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] fields = trimmed.split("\\s+");
                EventClass eventClass = new EventClass(fields[0],
                        Strength.valueOf(fields[1].toUpperCase(java.util.Locale.ROOT)));
                for (int i = 2; i < fields.length; i++) {
                    map.put(fields[i], eventClass);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read event lexicon " + resource, e);
        }
        return new EventLexicon(map);
    }
}
