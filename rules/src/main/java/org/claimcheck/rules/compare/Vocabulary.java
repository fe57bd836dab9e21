package org.claimcheck.rules.compare;

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

import org.claimcheck.core.model.CountedNoun;
import org.claimcheck.core.text.Whitespace;
import org.claimcheck.rules.config.ExtraFact;
import org.claimcheck.rules.config.RulesConfig;

/**
 * The words that mean the same for comparison: noun groups ("servicemen" counts soldiers), extra event words, and
 * declared fact families. Built from the built-in {@code nouns.txt} and the rules file.
 */
public final class Vocabulary {
    private final Map<String, String> nounClass = new HashMap<>();
    private final Map<String, String> eventClass = new HashMap<>();

    public Vocabulary(RulesConfig config) {
        for (List<String> group : builtInNounGroups()) {
            addNounGroup(group, group.get(0));
        }
        for (List<String> group : config.nounSynonyms()) {
            addNounGroup(group, group.get(0));
        }
        config.eventSynonyms().forEach((name, words) -> {
            eventClass.put(fold(name), fold(name));
            words.forEach(w -> eventClass.put(fold(w), fold(name)));
        });
        for (ExtraFact fact : config.facts()) {
            addNounGroup(fact.nouns(), "fact:" + fact.id());
            fact.events().forEach(e -> eventClass.put(fold(e), "fact:" + fact.id()));
        }
    }

    /** The class of a counted noun's lemma: the first noun of its group, or the lemma itself. */
    public String nounClass(String lemma) {
        String folded = fold(lemma);
        return nounClass.getOrDefault(folded, folded);
    }

    /**
     * The class of what a noun group counts: of the compound its last modifier and its head make when a group lists
     * it, written with a hyphen ("rescue-worker" for "250 rescue workers"), else of its head.
     */
    public String nounClass(CountedNoun noun) {
        List<String> modifiers = noun.modifiers();
        if (!modifiers.isEmpty()) {
            String listed = nounClass.get(fold(modifiers.get(modifiers.size() - 1) + "-" + noun.head()));
            if (listed != null) {
                return listed;
            }
        }
        return nounClass(noun.head());
    }

    /**
     * The event class of a claim: its predicate as extracted, mapped through the rules file's event words; when the
     * extractor found none, the first keyword that the rules file names as an event word.
     */
    public String eventClass(String predicate, List<String> keywords) {
        if (predicate != null) {
            return eventClass.getOrDefault(predicate, predicate);
        }
        for (String keyword : keywords) {
            String declared = eventClass.get(keyword);
            if (declared != null) {
                return declared;
            }
        }
        return null;
    }

    private void addNounGroup(List<String> group, String name) {
        String canonical = fold(name);
        for (String noun : group) {
            nounClass.put(fold(noun), canonical);
        }
    }

    private static String fold(String word) {
        return word.strip().toLowerCase(Locale.ROOT);
    }

    private static List<List<String>> builtInNounGroups() {
        List<List<String>> groups = new ArrayList<>();
        try (InputStream in = Vocabulary.class.getResourceAsStream("nouns.txt")) {
            if (in == null) {
                throw new IllegalStateException("nouns.txt is not on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    groups.add(List.of(Whitespace.split(trimmed)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read nouns.txt", e);
        }
        return groups;
    }
}
