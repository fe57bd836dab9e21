package org.claimcheck.core.extract.quantity;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.claimcheck.core.text.Whitespace;

/**
 * Reads numbers spelled out in English words: "eighteen", "twenty-eight", "forty five", "five hundred",
 * "seven hundred and seventeen", "two and a half million", "one and one-half", "a dozen", "half a dozen",
 * "a thousand". Ordinals ("third"), "once"/"twice" and fractions on their own ("one-third") are not numbers.
 *
 * <p>Vague plurals give a lower bound: "dozens" reads as 24, "hundreds" as 200, "thousands" as 2,000,
 * "tens of thousands" as 20,000 and "hundreds of thousands" as 200,000 (at least two of the unit); the reading is
 * marked {@linkplain Reading#vague() vague} so callers can hedge it as "more than".
 */
public final class NumberWords {
    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90));

    private static final Map<String, Double> SCALES = Map.of(
            "thousand", 1e3, "million", 1e6, "billion", 1e9, "milliard", 1e9, "trillion", 1e12);

    private static final Map<String, Double> VAGUE = Map.of(
            "dozens", 12.0, "tens", 10.0, "hundreds", 100.0, "thousands", 1e3, "millions", 1e6, "billions", 1e9);

    private static final Map<String, Double> VAGUE_SCALES = Map.of(
            "thousands", 1e3, "millions", 1e6, "billions", 1e9);

    private static final Set<String> NUMBER_WORDS = Stream.of(SMALL.keySet(), SCALES.keySet(), VAGUE.keySet(),
            Set.of("hundred", "dozen")).flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());

    /**
     * The most words a spelled number takes before its first number word: "half a" in "half a dozen" (see
     * {@link Cardinal#read}: an article or "half a" must be followed by a multiplier).
     */
    static final int WORDS_BEFORE_FIRST_NUMBER_WORD = 2;

    private NumberWords() {
    }

    /**
     * A number read from words.
     *
     * @param value  the number ("a dozen" gives 12; "dozens" gives its lower bound 24)
     * @param length how many words it took
     * @param vague  whether it was a vague plural such as "dozens" or "thousands"
     */
    public record Reading(double value, int length, boolean vague) {
    }

    /** The value of {@code text} when the whole of it spells one number ("Twenty-eight"), otherwise empty. */
    public static OptionalDouble parse(String text) {
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            return OptionalDouble.empty();
        }
        List<String> words = Arrays.asList(Whitespace.split(trimmed.toLowerCase(Locale.ROOT)));
        Reading reading = read(words, 0);
        return reading != null && reading.length() == words.size()
                ? OptionalDouble.of(reading.value()) : OptionalDouble.empty();
    }

    /**
     * Reads the longest number spelled by {@code words} (lower case, one word each; "twenty-eight" may be one word)
     * from index {@code from}, or returns {@code null} when none starts there.
     */
    public static Reading read(List<String> words, int from) {
        Reading vague = readVague(words, from);
        return vague != null ? vague : new Cardinal(words).read(from);
    }

    /**
     * Whether the lower-case {@code word} is a number word ("seven", "twenty-eight", "hundred", "dozen", "million",
     * "dozens"): every number {@link #read} finds holds one.
     */
    public static boolean isNumberWord(String word) {
        return NUMBER_WORDS.contains(word) || hyphenAt(word) > 0 && smallValue(word) >= 0;
    }

    /**
     * The number words from one to {@code max} (at most 99) as a regular-expression alternation, longest first so that
     * "fourteen" is tried before "four": {@code alternationUpTo(12)} gives "eleven|twelve|three|seven|eight|…|one". The
     * words are lower case, tens and units joined by a hyphen ("twenty-eight").
     */
    public static String alternationUpTo(int max) {
        if (max < 1 || max > 99) {
            throw new IllegalArgumentException("number words are spelled here from 1 to 99, not up to " + max);
        }
        Map<Integer, String> byValue = SMALL.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        return IntStream.rangeClosed(1, max)
                .mapToObj(n -> n < 20 || n % 10 == 0 ? byValue.get(n)
                        : byValue.get(n / 10 * 10) + "-" + byValue.get(n % 10))
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .collect(Collectors.joining("|"));
    }

    /** The multiplier of a scale word ("million" gives 1e6), or 0 when {@code word} is none. */
    static double scaleOf(String word) {
        return SCALES.getOrDefault(word, 0.0);
    }

    /** The value of one small number word: "seven", "forty", "twenty-eight"; -1 when it is none. */
    static int smallValue(String word) {
        Integer direct = SMALL.get(word);
        if (direct != null) {
            return direct;
        }
        int hyphen = hyphenAt(word);
        if (hyphen < 0) {
            return -1;
        }
        Integer tens = SMALL.get(word.substring(0, hyphen));
        Integer unit = SMALL.get(word.substring(hyphen + 1));
        if (tens == null || unit == null || tens < 20 || tens % 10 != 0 || unit < 1 || unit > 9) {
            return -1;
        }
        return tens + unit;
    }

    private static int hyphenAt(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '-' || c == '\u2010' || c == '\u2011') {
                return i;
            }
        }
        return -1;
    }

    private static Reading readVague(List<String> words, int from) {
        if (from >= words.size()) {
            return null;
        }
        Double unit = VAGUE.get(words.get(from));
        if (unit == null) {
            return null;
        }
        if (from + 2 < words.size() && words.get(from + 1).equals("of")) {
            Double scale = VAGUE_SCALES.get(words.get(from + 2));
            if (scale != null) {
                return new Reading(2 * unit * scale, 3, true);
            }
        }
        return "tens".equals(words.get(from)) ? null : new Reading(2 * unit, 1, true);
    }

    /** The left-to-right reader of one cardinal number; one instance per reading. */
    private static final class Cardinal {
        private enum Last { NONE, UNIT, TEEN, TENS, HUNDRED, SCALE, DOZEN, HALF }

        private final List<String> words;
        private double total;
        private double group;
        private Last last = Last.NONE;
        private int consumed;
        private double consumedValue;

        Cardinal(List<String> words) {
            this.words = words;
        }

        Reading read(int from) {
            int p = from;
            while (p < words.size()) {
                int step = step(p);
                if (step == 0) {
                    break;
                }
                p += step;
                if (last != Last.NONE && last != Last.HALF) {
                    consumed = p - from;
                    consumedValue = total + group;
                }
            }
            return consumed == 0 ? null : new Reading(consumedValue, consumed, false);
        }

        /** Takes the words at {@code p}; returns how many it took, 0 to stop. */
        private int step(int p) {
            String word = words.get(p);
            int small = smallValue(word);
            if (small >= 0) {
                return takeSmall(small);
            }
            double scale = scaleOf(word);
            if (word.equals("hundred")) {
                return takeMultiplier(100, Last.HUNDRED);
            }
            if (scale > 0) {
                if (last == Last.NONE || last == Last.SCALE && group == 0) {
                    return 0;
                }
                total += Math.max(group, 0) * scale;
                group = 0;
                last = Last.SCALE;
                return 1;
            }
            if (word.equals("dozen")) {
                return takeMultiplier(12, Last.DOZEN);
            }
            if (word.equals("a") || word.equals("an")) {
                return takeArticle(p);
            }
            if (word.equals("half") && last == Last.NONE && followedByArticleAndMultiplier(p)) {
                group = 0.5;
                last = Last.HALF;
                return 2;
            }
            if (word.equals("and")) {
                return takeAnd(p);
            }
            return 0;
        }

        private int takeSmall(int value) {
            boolean fits = switch (last) {
                case NONE, HUNDRED, SCALE -> true;
                case TENS -> value >= 1 && value <= 9 && group % 10 == 0;
                default -> false;
            };
            if (!fits) {
                return 0;
            }
            group += value;
            last = value < 10 ? Last.UNIT : value < 20 ? Last.TEEN : Last.TENS;
            return 1;
        }

        private int takeMultiplier(int factor, Last kind) {
            boolean fits = switch (last) {
                case UNIT, TEEN, TENS, HALF -> true;
                case NONE -> group > 0;
                default -> false;
            };
            if (!fits || (kind == Last.HUNDRED && group >= 100)) {
                return 0;
            }
            group = (group == 0 ? 1 : group) * factor;
            last = kind;
            return 1;
        }

        /** "a dozen", "a hundred", "a million"; an article anywhere else ends the number. */
        private int takeArticle(int p) {
            if (last != Last.NONE || p + 1 >= words.size() || !isMultiplier(words.get(p + 1))) {
                return 0;
            }
            group = 1;
            if (words.get(p + 1).equals("hundred") || words.get(p + 1).equals("dozen")) {
                return 1;
            }
            total += scaleOf(words.get(p + 1));
            group = 0;
            last = Last.SCALE;
            return 2;
        }

        /** "seven hundred and seventeen", "one and a half", "one and one-half". */
        private int takeAnd(int p) {
            if (p + 1 >= words.size()) {
                return 0;
            }
            String next = words.get(p + 1);
            if ((last == Last.HUNDRED || last == Last.SCALE) && smallValue(next) > 0 && smallValue(next) < 100) {
                return 1;
            }
            boolean afterUnits = last == Last.UNIT || last == Last.TEEN || last == Last.TENS;
            if (afterUnits && next.equals("one-half")) {
                group += 0.5;
                return 2;
            }
            if (afterUnits && (next.equals("a") || next.equals("one")) && p + 2 < words.size()
                    && words.get(p + 2).equals("half")) {
                group += 0.5;
                return 3;
            }
            return 0;
        }

        private boolean followedByArticleAndMultiplier(int p) {
            return p + 2 < words.size() && (words.get(p + 1).equals("a") || words.get(p + 1).equals("an"))
                    && isMultiplier(words.get(p + 2));
        }

        private static boolean isMultiplier(String word) {
            return word.equals("hundred") || word.equals("dozen") || scaleOf(word) > 0;
        }
    }
}
