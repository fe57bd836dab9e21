package org.claimcheck.core.extract.quantity;

import java.util.OptionalDouble;

/**
 * Reads numbers written in digits the English way: optional comma (or no-break space) thousands separators in groups
 * of three and an optional decimal point ({@code 1,300}, {@code 2.5}, {@code 1,783.9}). Anything else, such as clock
 * times ({@code 5:00}), dotted identifiers ({@code 555.123.4567}) or misgrouped digits ({@code 1,30}), is not a
 * number; nor is a run of digits too long for a double. Digits of other scripts are not read.
 */
public final class Numerals {
    private Numerals() {
    }

    /** The value of {@code text}, or empty when it is not a plain English numeral. */
    public static OptionalDouble parse(String written) {
        String text = written.replace('\u00A0', ',').replace('\u202F', ',').replace('\u2009', ',');
        int n = text.length();
        int point = text.indexOf('.');
        int integerEnd = point < 0 ? n : point;
        if (integerEnd == 0 || !validInteger(text, integerEnd)) {
            return OptionalDouble.empty();
        }
        if (point >= 0 && !allDigits(text, point + 1, n)) {
            return OptionalDouble.empty();
        }
        double value = Double.parseDouble(text.replace(",", ""));
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    private static boolean validInteger(String text, int end) {
        int firstComma = text.indexOf(',');
        if (firstComma < 0 || firstComma > end) {
            return allDigits(text, 0, end);
        }
        if (firstComma > 3 || !allDigits(text, 0, firstComma)) {
            return false;
        }
        for (int groupStart = firstComma + 1; groupStart < end; groupStart += 4) {
            int groupEnd = groupStart + 3;
            if (groupEnd > end || !allDigits(text, groupStart, groupEnd)
                    || (groupEnd < end && text.charAt(groupEnd) != ',')) {
                return false;
            }
        }
        return true;
    }

    private static boolean allDigits(String text, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
