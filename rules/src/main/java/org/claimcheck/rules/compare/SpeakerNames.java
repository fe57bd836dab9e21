package org.claimcheck.rules.compare;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Decides whether two speaker names name the same speaker: declared aliases first, then folded surnames that are
 * nearly equal (Zelensky / Zelenskyy / Zelenskiy, Billström / Billstrom) with first names that do not contradict:
 * the first words share an initial, or one name is the end of the other ("Resident Tomas Ruud" / "Tomas Ruud").
 */
public final class SpeakerNames {
    private static final double SURNAME_SIMILARITY = 0.92;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private final Map<String, String> aliases = new HashMap<>();
    private final Map<String, List<String>> canonical = new java.util.concurrent.ConcurrentHashMap<>();

    /** @param aliases canonical name by alias, from the rules file */
    public SpeakerNames(Map<String, String> aliases) {
        aliases.forEach((alias, canonical) -> this.aliases.put(fold(alias), fold(canonical)));
    }

    /** Whether both names name the same speaker. Unknown speakers ({@code null}) are never the same. */
    public boolean same(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        List<String> wa = canonical(a);
        List<String> wb = canonical(b);
        if (wa.equals(wb)) {
            return true;
        }
        String surnameA = wa.get(wa.size() - 1);
        String surnameB = wb.get(wb.size() - 1);
        boolean surnamesAgree = surnameA.startsWith(surnameB) || surnameB.startsWith(surnameA)
                ? Math.min(surnameA.length(), surnameB.length()) >= 4
                : JARO_WINKLER.apply(surnameA, surnameB) >= SURNAME_SIMILARITY;
        if (!surnamesAgree) {
            return false;
        }
        return wa.size() < 2 || wb.size() < 2 || wa.get(0).charAt(0) == wb.get(0).charAt(0)
                || endsTheOther(wa, wb) || endsTheOther(wb, wa);
    }

    /** Whether the shorter name, given name included, ends the longer one: "Tomas Ruud", "Resident Tomas Ruud". */
    private static boolean endsTheOther(List<String> shorter, List<String> longer) {
        return shorter.size() < longer.size() && shorter.get(0).length() > 1
                && longer.subList(longer.size() - shorter.size(), longer.size()).equals(shorter);
    }

    /** The words of a name's canonical form, worked out once per name and instance. */
    private List<String> canonical(String name) {
        return canonical.computeIfAbsent(name, n -> {
            String folded = fold(n);
            return List.of(aliases.getOrDefault(folded, folded).split(" "));
        });
    }

    /** Lower case, accents removed, punctuation to spaces, one space between words. */
    static String fold(String text) {
        String decomposed = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
