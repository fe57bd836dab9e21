package org.claimcheck.rules.compare;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quarters and halves of a year a sentence reports on ("third-quarter revenue", "in Q2", "for the first half"),
 * as a set of bits. A figure of the third quarter is not one of the second: two sentences that each name such periods
 * state the same fact only when they share one; a sentence naming none fits any.
 */
final class ReportingPeriods {
    private static final Pattern PERIOD = Pattern.compile("\\b(?:(first|second|third|fourth|final|1st|2nd|3rd|4th)"
            + "[- ](quarter|half)|q([1-4])|h([12]))\\b", Pattern.CASE_INSENSITIVE);

    private ReportingPeriods() {
    }

    /** The periods the sentence names: bits 0 to 3 for the quarters, 4 and 5 for the halves; 0 for none. */
    static int of(String sentence) {
        if (!mayNamePeriod(sentence)) {
            return 0;
        }
        int periods = 0;
        Matcher m = PERIOD.matcher(sentence);
        while (m.find()) {
            if (m.group(3) != null) {
                periods |= 1 << (Integer.parseInt(m.group(3)) - 1);
            } else if (m.group(4) != null) {
                periods |= 1 << (3 + Integer.parseInt(m.group(4)));
            } else {
                int ordinal = ordinal(m.group(1));
                if (m.group(2).equalsIgnoreCase("quarter")) {
                    periods |= 1 << (ordinal - 1);
                } else if (ordinal <= 2) {
                    periods |= 1 << (3 + ordinal);
                }
            }
        }
        return periods;
    }

    /**
     * Whether the sentence may name a period, read without a pattern: "quarter" or "half" in any case, or a Q or an
     * H before a digit. Most sentences name none, and this spares them the pattern.
     */
    private static boolean mayNamePeriod(String sentence) {
        if (sentence.contains("uarter") || sentence.contains("UARTER") || sentence.contains("alf")
                || sentence.contains("ALF")) {
            return true;
        }
        for (int i = 0; i + 1 < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if ((c == 'q' || c == 'Q' || c == 'h' || c == 'H') && Character.isDigit(sentence.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether two sets of periods can be one: either names none, or they share one. */
    static boolean compatible(int a, int b) {
        return a == 0 || b == 0 || (a & b) != 0;
    }

    private static int ordinal(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            default -> 4;
        };
    }
}
