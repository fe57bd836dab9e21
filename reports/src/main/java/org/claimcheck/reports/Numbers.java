package org.claimcheck.reports;

import java.math.BigDecimal;

/** Numbers printed the way a reader expects: whole numbers without a decimal point, no exponent. */
final class Numbers {
    private static final double LARGEST_EXACT_WHOLE = 9.007199254740992E15;

    private Numbers() {
    }

    /** Whether the number is whole and small enough to print as an integer without loss. */
    static boolean isWhole(double value) {
        return value == Math.rint(value) && Math.abs(value) < LARGEST_EXACT_WHOLE;
    }

    /** {@code 400}, {@code 2500000000}, {@code 2.5}; {@code NaN} and infinities as Java prints them. */
    static String plain(double value) {
        if (isWhole(value)) {
            return Long.toString((long) value);
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
