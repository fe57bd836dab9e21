package org.claimcheck.core.extract.attribution;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.claimcheck.core.model.AttributionClaim;
import org.claimcheck.core.model.Claim;
import org.claimcheck.core.text.Whitespace;

/**
 * Unifies the spellings of one person's name across a run: "Zelensky", "Zelenskyy" and "Volodymyr Zelenskiy" all become
 * one spelling of the run, and "Billstrom" joins "Billström".
 *
 * <p>Two names are variants when their surnames, folded (accents removed, lower case, letters only), have a
 * Jaro-Winkler similarity of at least {@value #SURNAME_THRESHOLD}, and their first names agree: equal once folded, one
 * is the other's initial, or one name has no first name. Each group's canonical spelling is a name with a first name
 * when there is one, then the one written most often, then the longer, then the alphabetically first, so the result
 * does not depend on claim order. Grouping is transitive: a bare surname joins every full name it matches. Immutable
 * once built.
 */
public final class NameVariants {
    /** Minimum Jaro-Winkler similarity of two folded surnames. */
    public static final double SURNAME_THRESHOLD = 0.9;
    private static final int MIN_SURNAME_LENGTH = 4;
    /** Letters without a Unicode decomposition, and their usual Latin spelling. */
    private static final Map<Character, String> PLAIN_LETTERS = Map.of(
            '\u00F8', "o", '\u0142', "l", '\u0111', "d", '\u00DF', "ss", '\u00E6', "ae", '\u0153', "oe",
            '\u0131', "i", '\u00F0', "d", '\u00FE', "th");
    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

    private final Map<String, String> canonical;

    private NameVariants(Map<String, String> canonical) {
        this.canonical = Map.copyOf(canonical);
    }

    /** Groups the given names (repeats count towards the canonical choice). */
    public static NameVariants of(List<String> names) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String name : names) {
            if (name != null && !name.isBlank()) {
                counts.merge(name, 1, Integer::sum);
            }
        }
        List<String> distinct = new ArrayList<>(counts.keySet());
        distinct.sort(Comparator.naturalOrder());
        int[] group = new int[distinct.size()];
        for (int i = 0; i < group.length; i++) {
            group[i] = i;
        }
        Map<String, Folded> folded = new HashMap<>();
        distinct.forEach(name -> folded.put(name, new Folded(name)));
        for (int i = 0; i < distinct.size(); i++) {
            for (int j = i + 1; j < distinct.size(); j++) {
                if (folded.get(distinct.get(i)).isVariantOf(folded.get(distinct.get(j)))) {
                    join(group, i, j);
                }
            }
        }
        Map<Integer, String> best = new HashMap<>();
        for (int i = 0; i < distinct.size(); i++) {
            best.merge(root(group, i), distinct.get(i), (a, b) -> preferred(a, b, counts, folded));
        }
        Map<String, String> canonical = new HashMap<>();
        for (int i = 0; i < distinct.size(); i++) {
            canonical.put(distinct.get(i), best.get(root(group, i)));
        }
        return new NameVariants(canonical);
    }

    /** The speakers of all attribution claims of a run, unified; other claims pass through unchanged. */
    public static List<Claim> unify(List<Claim> claims) {
        List<String> speakers = new ArrayList<>();
        for (Claim claim : claims) {
            if (claim instanceof AttributionClaim attribution && attribution.speaker() != null) {
                speakers.add(attribution.speaker());
            }
        }
        NameVariants variants = of(speakers);
        List<Claim> unified = new ArrayList<>(claims.size());
        for (Claim claim : claims) {
            unified.add(claim instanceof AttributionClaim a && a.speaker() != null ? withSpeaker(a,
                    variants.canonical(a.speaker())) : claim);
        }
        return unified;
    }

    /** The canonical spelling of {@code name}; the name itself when it was not among the run's names. */
    public String canonical(String name) {
        return canonical.getOrDefault(name, name);
    }

    /** Whether two names are spellings of one person's name (see the class description). */
    public static boolean areVariants(String first, String second) {
        return areVariants(words(first), words(second));
    }

    /**
     * A name folded once for comparing with many others: its words, accents removed, lower case, letters and digits
     * only.
     */
    static final class Folded {
        private final String[] words;

        Folded(String name) {
            this.words = words(name);
        }

        /** Whether the name has a first name: more than one word. */
        boolean hasFirstName() {
            return words.length > 1;
        }

        /** Whether this name and {@code other} are spellings of one person's name. */
        boolean isVariantOf(Folded other) {
            return areVariants(words, other.words);
        }
    }

    /** Whether two names, as their folded words, are spellings of one person's name. */
    private static boolean areVariants(String[] a, String[] b) {
        if (a.length == 0 || b.length == 0) {
            return false;
        }
        String surnameA = a[a.length - 1];
        String surnameB = b[b.length - 1];
        if (surnameA.length() < MIN_SURNAME_LENGTH || surnameB.length() < MIN_SURNAME_LENGTH) {
            return surnameA.equals(surnameB) && firstNamesAgree(a, b);
        }
        return SIMILARITY.apply(surnameA, surnameB) >= SURNAME_THRESHOLD && firstNamesAgree(a, b);
    }

    /**
     * Lower case, accents removed, letters and digits only: "Billström's" gives "billstroms"; letters that carry no
     * separable accent are spelled out ("Støre" gives "store", "Łukasz" gives "lukasz").
     */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            String plain = PLAIN_LETTERS.get(Character.toLowerCase(c));
            if (plain != null) {
                folded.append(plain);
            } else if (Character.isLetterOrDigit(c)) {
                folded.append(c);
            }
        }
        return folded.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean firstNamesAgree(String[] a, String[] b) {
        if (a.length == 1 || b.length == 1) {
            return true;
        }
        String firstA = a[0];
        String firstB = b[0];
        if (firstA.length() == 1 || firstB.length() == 1) {
            return firstA.charAt(0) == firstB.charAt(0);
        }
        return firstA.equals(firstB) || SIMILARITY.apply(firstA, firstB) >= SURNAME_THRESHOLD;
    }

    private static String[] words(String name) {
        List<String> words = new ArrayList<>();
        for (String word : Whitespace.split(name.trim())) {
            String folded = fold(PersonName.stripPossessive(word));
            if (!folded.isEmpty()) {
                words.add(folded);
            }
        }
        return words.toArray(new String[0]);
    }

    private static String preferred(String a, String b, Map<String, Integer> counts, Map<String, Folded> folded) {
        int byWords = Boolean.compare(folded.get(b).hasFirstName(), folded.get(a).hasFirstName());
        if (byWords != 0) {
            return byWords < 0 ? a : b;
        }
        int byCount = Integer.compare(counts.get(b), counts.get(a));
        if (byCount != 0) {
            return byCount < 0 ? a : b;
        }
        if (a.length() != b.length()) {
            return a.length() > b.length() ? a : b;
        }
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static int root(int[] group, int i) {
        while (group[i] != i) {
            i = group[i];
        }
        return i;
    }

    private static void join(int[] group, int i, int j) {
        group[root(group, i)] = root(group, j);
    }

    private static AttributionClaim withSpeaker(AttributionClaim claim, String speaker) {
        return new AttributionClaim(claim.id(), claim.mention(), speaker, claim.speakerMention(), claim.speakerSpan(),
                claim.cue(), claim.outlet(), claim.quote(), claim.direct());
    }
}
