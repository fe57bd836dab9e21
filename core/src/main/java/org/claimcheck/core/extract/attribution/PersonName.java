package org.claimcheck.core.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a person's name out of a run of words that may wrap it in titles and roles: "Sweden's Foreign Minister
 * Tobias Billström" gives the name "Tobias Billström" and the description words {@code sweden, foreign,
 * minister}. A run of capitalised words starts after its last title word, ends after a possessive, and is cut
 * before an organisation ("John Kirby White House adviser" keeps "John Kirby").
 *
 * @param name        the name's words, possessive endings removed; empty when the words hold no name
 * @param description the lower-case descriptive words around the name
 */
record PersonName(List<String> name, List<String> description) {
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "the", "a", "an", "but", "and", "or", "if", "while", "although", "though", "when", "as", "in", "on", "at",
            "of", "for", "with", "by", "from", "to", "last", "this", "that", "these", "those", "after", "before",
            "since", "during", "meanwhile", "moreover", "however", "also", "read", "related", "despite",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    PersonName {
        name = List.copyOf(name);
        description = List.copyOf(description);
    }

    /** The name as one string, words joined by single spaces. */
    String fullName() {
        return String.join(" ", name);
    }

    /** Whether a name was found. */
    boolean hasName() {
        return !name.isEmpty();
    }

    /** Reads the last name found in {@code words}; every other word is description. */
    static PersonName read(List<String> words) {
        List<String> best = List.of();
        int bestStart = -1;
        int i = 0;
        while (i < words.size()) {
            if (!isNameWord(words.get(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < words.size() && isNameWord(words.get(end))) {
                end++;
                if (Vocabulary.isPossessive(words.get(end - 1))) {
                    break;
                }
            }
            List<String> run = nameInRun(words.subList(i, end));
            if (!run.isEmpty() && (run.size() >= 2 || best.size() < 2)) {
                best = run;
                bestStart = i;
            }
            i = end;
        }
        List<String> description = new ArrayList<>();
        for (int w = 0; w < words.size(); w++) {
            String bare = Vocabulary.bare(words.get(w));
            boolean inName = bestStart >= 0 && w >= bestStart && best.contains(stripPossessive(words.get(w)));
            if (!inName && !bare.isEmpty() && !FUNCTION_WORDS.contains(bare)) {
                description.add(bare);
            }
        }
        return new PersonName(best, description);
    }

    /** The name inside one run of capitalised words: cut at an organisation, after the last title word. */
    private static List<String> nameInRun(List<String> run) {
        int start = 0;
        for (int k = 0; k < run.size(); k++) {
            if (Vocabulary.isRole(run.get(k)) || FUNCTION_WORDS.contains(Vocabulary.bare(run.get(k)))) {
                start = k + 1;
            }
        }
        int end = run.size();
        for (int k = start; k < run.size(); k++) {
            if (Vocabulary.isOrganisationHead(run.get(k))) {
                end = k > start ? k - 1 : k;
                break;
            }
        }
        List<String> name = new ArrayList<>();
        for (int k = start; k < end; k++) {
            name.add(stripPossessive(run.get(k)));
        }
        return name;
    }

    private static boolean isNameWord(String word) {
        return Vocabulary.isCapitalized(word) && !Vocabulary.bare(word).isEmpty();
    }

    static String stripPossessive(String word) {
        String trimmed = word;
        while (!trimmed.isEmpty() && !Character.isLetterOrDigit(trimmed.charAt(trimmed.length() - 1))
                && trimmed.charAt(trimmed.length() - 1) != '\'' && trimmed.charAt(trimmed.length() - 1) != '\u2019') {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        while (!trimmed.isEmpty() && !Character.isLetterOrDigit(trimmed.charAt(0))) {
            trimmed = trimmed.substring(1);
        }
        if (trimmed.endsWith("'s") || trimmed.endsWith("\u2019s")) {
            return trimmed.substring(0, trimmed.length() - 2);
        }
        if (trimmed.endsWith("'") || trimmed.endsWith("\u2019")) {
            return trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}
