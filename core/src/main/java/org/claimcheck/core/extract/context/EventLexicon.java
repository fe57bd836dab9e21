package org.claimcheck.core.extract.context;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.claimcheck.core.text.Whitespace;

/**
 * Event words and the event class each one stands for ("wounded", "injuring" and "casualties" all stand for
 * {@code injure}), and the words with a second sense that an article's own words select ("strike" in a story about a
 * union). Read once from {@code events.txt} beside this class.
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
        REPORTING,
        /** Names an act that dates an event but counts nothing: approved, sailed, capsized. Dates only. */
        OCCASION,
        /** Says only that an event began: began, started. The event is the one another word of the clause names. */
        ASPECT
    }

    /** An event class and its strength. */
    public record EventClass(String name, Strength strength) {
    }

    /** A second sense of {@code word}, taken when one of the {@code cues} is written in the article in lower case. */
    private record Sense(String word, EventClass eventClass, List<String> cues) {
        boolean isSelectedBy(String text) {
            for (String cue : cues) {
                for (int at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + 1)) {
                    int end = at + cue.length();
                    if ((at == 0 || !Character.isLetter(text.charAt(at - 1)))
                            && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private static final EventLexicon DEFAULT = load("events.txt");

    private final Map<String, EventClass> byLemma;
    /** Verbs with a particle ("give way"), each with the listed word whose class the pair takes ("collapse"). */
    private final Map<String, String> phrases;
    private final List<Sense> senses;
    private final Set<String> settings;

    private EventLexicon(Map<String, EventClass> byLemma, Map<String, String> phrases, List<Sense> senses,
            Set<String> settings) {
        this.byLemma = Map.copyOf(byLemma);
        this.phrases = Map.copyOf(phrases);
        this.senses = List.copyOf(senses);
        this.settings = settings;
    }

    /** The built-in lexicon. */
    public static EventLexicon standard() {
        return DEFAULT;
    }

    /** This lexicon as the article {@code text} reads it: each word takes the second sense its cue words select. */
    public EventLexicon readingOf(String text) {
        Map<String, EventClass> read = null;
        for (Sense sense : senses) {
            if (sense.isSelectedBy(text)) {
                read = read == null ? new HashMap<>(byLemma) : read;
                read.put(sense.word(), sense.eventClass());
            }
        }
        return read == null ? this : new EventLexicon(read, phrases, List.of(), settings);
    }

    /** Whether {@code className} names the event a sentence is set in (an attack, an outbreak, an election). */
    public boolean isSetting(String className) {
        return settings.contains(className);
    }

    /**
     * The class of a verb (by its lemma) with the particle after it, when the pair is listed as an event of its own: a
     * roof that "gave way" collapsed, miners "cut off" were trapped.
     */
    public Optional<EventClass> phrasalClassOf(String verbLemma, String particle) {
        String word = phrases.get(verbLemma + " " + particle);
        return word == null ? Optional.empty() : listedClassOf(word);
    }

    /** The class of a word listed as it is, without taking suffixes off: "killing", not "building". */
    public Optional<EventClass> listedClassOf(String word) {
        return Optional.ofNullable(byLemma.get(word));
    }

    /**
     * The event class of a lower-case word, if it names an event. The statistical lemmatizer leaves some inflected
     * forms alone ("injuring", "wounded" as an adjective), so the bare stem is tried when the word itself is not
     * known: the word with a final {@code e} ("complet" for "completed"), then {@code -ing}, {@code -ed},
     * {@code -es}, {@code -s} removed, with and without a final {@code e}.
     */
    public Optional<EventClass> classOf(String word) {
        EventClass known = byLemma.getOrDefault(word, byLemma.get(word + "e"));
        if (known != null) {
            return Optional.of(known);
        }
        for (String suffix : SUFFIXES) {
            if (word.length() > suffix.length() + 2 && word.endsWith(suffix)) {
                String stem = word.substring(0, word.length() - suffix.length());
                EventClass found = byLemma.getOrDefault(stem, byLemma.get(stem + "e"));
                if (found != null) {
                    return Optional.of(found);
                }
            }
        }
        return Optional.empty();
    }

    private static final List<String> SUFFIXES = List.of("ing", "ed", "es", "s");

    private static EventLexicon load(String resource) {
        Map<String, EventClass> map = new HashMap<>();
        Map<String, EventClass> classes = new HashMap<>();
        Map<String, String> phrases = new HashMap<>();
        List<Sense> senses = new ArrayList<>();
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
                String[] fields = Whitespace.split(trimmed);
                if (fields[0].equals("sense")) {
                    if (fields.length < 5 || !fields[3].equals(":") || !classes.containsKey(fields[2])) {
                        throw new IllegalStateException("event lexicon " + resource + ": a sense line needs a word, "
                                + "a class defined above it, ':' and cue words: " + trimmed);
                    }
                    senses.add(new Sense(fields[1], classes.get(fields[2]),
                            List.of(fields).subList(4, fields.length)));
                    continue;
                }
                if (fields[0].equals("phrase")) {
                    if (fields.length != 4 || !map.containsKey(fields[3])) {
                        throw new IllegalStateException("event lexicon " + resource + ": a phrase line needs a verb, "
                                + "a particle and a word listed above it: " + trimmed);
                    }
                    phrases.put(fields[1] + " " + fields[2], fields[3]);
                    continue;
                }
                EventClass eventClass = new EventClass(fields[0], Strength.valueOf(fields[1].toUpperCase(Locale.ROOT)));
                classes.putIfAbsent(eventClass.name(), eventClass);
                for (int i = 2; i < fields.length; i++) {
                    map.put(fields[i], eventClass);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read event lexicon " + resource, e);
        }
        Set<String> settings = classes.values().stream().filter(c -> c.strength() == Strength.SETTING)
                .map(EventClass::name).collect(Collectors.toUnmodifiableSet());
        return new EventLexicon(map, phrases, senses, settings);
    }
}
