package org.claimcheck.rules.compare;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Whether one number can be another written wrongly by a slip of the digits: its significant digits the same but for
 * one digit changed, added or dropped ("1,200" for "1,800", "470" for "47"), or the same digits in another order ("81"
 * for "18", "412" for "214"), or the same digits at another scale ("500" for "50"). Trailing zeros are not
 * significant: "47,000" has the digits 4 and 7.
 */
final class DigitSlip {
    /** Whole numbers below this are read with long arithmetic, exactly: most figures are whole. */
    private static final double LARGEST_WHOLE = 1e15;

    private DigitSlip() {
    }

    /** Whether {@code a} and {@code b} differ by one slip of their significant digits, or not at all. */
    static boolean between(double a, double b) {
        String x = significantDigits(a);
        String y = significantDigits(b);
        if (x.length() == y.length()) {
            return differingPlaces(x, y) <= 1 || sameDigits(x, y);
        }
        String longer = x.length() > y.length() ? x : y;
        String shorter = x.length() > y.length() ? y : x;
        return longer.length() == shorter.length() + 1 && dropsOneDigit(longer, shorter);
    }

    /** The significant digits of the number's absolute value: "148326" for 148,326, "47" for 47,000 and 0.47. */
    static String significantDigits(double value) {
        double magnitude = Math.abs(value);
        if (magnitude == Math.rint(magnitude) && magnitude < LARGEST_WHOLE) {
            long whole = (long) magnitude;
            while (whole != 0 && whole % 10 == 0) {
                whole /= 10;
            }
            return Long.toString(whole);
        }
        return new BigDecimal(Double.toString(magnitude)).stripTrailingZeros().unscaledValue().toString();
    }

    private static int differingPlaces(String x, String y) {
        int differing = 0;
        for (int i = 0; i < x.length(); i++) {
            if (x.charAt(i) != y.charAt(i)) {
                differing++;
            }
        }
        return differing;
    }

    private static boolean sameDigits(String x, String y) {
        char[] a = x.toCharArray();
        char[] b = y.toCharArray();
        Arrays.sort(a);
        Arrays.sort(b);
        return Arrays.equals(a, b);
    }

    /** Whether leaving one digit out of {@code longer} gives {@code shorter}. */
    private static boolean dropsOneDigit(String longer, String shorter) {
        int i = 0;
        while (i < shorter.length() && longer.charAt(i) == shorter.charAt(i)) {
            i++;
        }
        return longer.substring(i + 1).equals(shorter.substring(i));
    }
}
