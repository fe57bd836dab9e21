package org.claimcheck.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Dictionary forms of English words from their part of speech: irregular forms from a list ({@code irregular.txt}
 * beside this class), regular plurals and verb endings by rule ("injuring" gives "injure", "casualties" gives
 * "casualty", "wounded" gives "wound"). Orders of magnitude faster than a statistical lemmatizer, and what claim
 * context needs: event words, counted nouns and keywords.
 */
final class Lemmas {
    private static final Map<String, String> IRREGULAR = load();

    private Lemmas() {
    }

    /** The lower-case dictionary form of {@code word} used as {@code tag}. */
    static String of(String word, String tag) {
        String lower = word.toLowerCase(Locale.ROOT);
        String irregular = IRREGULAR.get(lower);
        if (irregular != null) {
            return irregular;
        }
        return switch (tag) {
            case "NOUN" -> singular(lower);
            case "VERB", "AUX" -> verbBase(lower);
            default -> lower;
        };
    }

    private static String singular(String word) {
        int n = word.length();
        if (n > 4 && word.endsWith("ies")) {
            return word.substring(0, n - 3) + "y";
        }
        if (n > 4 && (word.endsWith("sses") || word.endsWith("xes") || word.endsWith("zes") || word.endsWith("ches")
                || word.endsWith("shes"))) {
            return word.substring(0, n - 2);
        }
        if (n > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            return word.substring(0, n - 1);
        }
        return word;
    }

    private static String verbBase(String word) {
        int n = word.length();
        if (n > 5 && word.endsWith("ing")) {
            return restore(word.substring(0, n - 3));
        }
        if (n > 4 && word.endsWith("ied")) {
            return word.substring(0, n - 3) + "y";
        }
        if (n > 4 && word.endsWith("ed")) {
            return restore(word.substring(0, n - 2));
        }
        if (n > 4 && word.endsWith("ies")) {
            return word.substring(0, n - 3) + "y";
        }
        if (n > 4 && (word.endsWith("sses") || word.endsWith("ches") || word.endsWith("shes")
                || word.endsWith("xes"))) {
            return word.substring(0, n - 2);
        }
        if (n > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, n - 1);
        }
        return word;
    }

    /**
     * The stem left after removing "-ed" or "-ing", mended: a doubled final consonant is undone ("stopped" gives
     * "stop", "added" keeps "add"; an l after an e of a later syllable, as British spelling doubles it: "travelling"
     * gives "travel", "cancelled" "cancel", while "spelled" keeps "spell"), and a silent e is put back where English
     * spelling drops it ("injur" gives "injure", "stat" gives "state", "seiz" gives "seize", "eas" gives "ease",
     * "rescu" gives "rescue", "explod" gives "explode", "strik" gives "strike").
     */
    private static String restore(String stem) {
        int n = stem.length();
        char last = stem.charAt(n - 1);
        if (n > 3 && last == stem.charAt(n - 2) && "bdgmnprt".indexOf(last) >= 0) {
            return stem.substring(0, n - 1);
        }
        if (n > 4 && stem.endsWith("ell") && hasVowel(stem.substring(0, n - 3))) {
            return stem.substring(0, n - 1);
        }
        return SILENT_E_ENDINGS.stream().anyMatch(stem::endsWith) && !KEEP_AS_IS.matcher(stem).find()
                ? stem + "e" : stem;
    }

    private static boolean hasVowel(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ("aeiou".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Stem endings after which a verb's dictionary form ends in a silent e. */
    private static final java.util.List<String> SILENT_E_ENDINGS = java.util.List.of("v", "z", "c", "u", "ur",
            "at", "it", "ot", "ut", "ad", "id", "od", "ud", "ib", "ar", "os", "us", "as", "es", "is", "ak", "ik", "ok",
            "ap", "ip", "ag", "ang", "ng", "rg", "rs", "ps", "ns");

    /**
     * Stems that end like the above but take no e ("treat", "avoid", "appear", "focus", "ring"); a vowel pair before
     * an s does take it ("eased", "raised", "released").
     */
    private static final java.util.regex.Pattern KEEP_AS_IS = java.util.regex.Pattern.compile(
            "(ea|oa|ai|oi|ee|oo|ou)[a-rt-z]$|(ing|ong|ung|eng)$|(visit|edit|credit|exit|limit|profit|audit|vomit)$"
                    + "|(focus|bias)$|(ok|ook)$");

    private static Map<String, String> load() {
        Map<String, String> map = new HashMap<>();
        try (InputStream in = Lemmas.class.getResourceAsStream("irregular.txt")) {
            if (in == null) {
                throw new IllegalStateException("irregular.txt is not on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    String[] pair = Whitespace.split(trimmed);
                    map.put(pair[0], pair[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
