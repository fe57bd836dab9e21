package org.claimcheck.rules.compare;

import java.util.regex.Pattern;

import org.claimcheck.core.model.Amount;
import org.claimcheck.core.model.Dimension;
import org.claimcheck.core.model.QuantityClaim;

/**
 * A measure restated in another unit right after it, in one sentence: "34C (97F)", "14 kilometres (8.7 miles)", "14 km,
 * or about 9 miles". The two are one figure, so a restatement that does not convert to the first, beyond the rounding
 * of its own last digit, is a slip of conversion. Money is left out: exchange rates change from day to day.
 */
public final class UnitRestatement {
    /** The words between a measure and its restatement: an opening bracket, or "or" with a hedge. */
    private static final Pattern BETWEEN = Pattern.compile(
            "\\s*(\\(|\\[|,?\\s*or( about| around| roughly| some| nearly| almost)?)\\s*");
    /** How many kelvins one degree Fahrenheit is. */
    private static final double KELVIN_PER_FAHRENHEIT = 5.0 / 9;

    private UnitRestatement() {
    }

    /**
     * Whether one claim of the pair restates the other in another unit right after it, in one sentence, and its
     * value, rounded at its last written digit, cannot be the other's converted.
     */
    public static boolean misconverts(QuantityPair pair) {
        return pair.sameSentence()
                && (misconverts(pair.first(), pair.second()) || misconverts(pair.second(), pair.first()));
    }

    private static boolean misconverts(QuantityClaim earlier, QuantityClaim later) {
        Amount first = earlier.amount();
        Amount second = later.amount();
        if (first.dimension() != second.dimension() || first.dimension() == Dimension.MONEY
                || first.dimension() == Dimension.COUNT || first.unit().equals(second.unit())
                || !restatesRightAfter(earlier, later) || second.value() == 0) {
            return false;
        }
        double rounding = 0.5 * Math.pow(10, -decimals(later.mention().text())) * basePerUnit(second);
        return Math.abs(first.baseValue() - second.baseValue()) > rounding;
    }

    /** Whether {@code later} follows {@code earlier} in their sentence with only a bracket or "or" between. */
    private static boolean restatesRightAfter(QuantityClaim earlier, QuantityClaim later) {
        int from = earlier.mention().span().end();
        int to = later.mention().span().start();
        int sentenceStart = earlier.mention().sentenceSpan().start();
        String sentence = earlier.mention().sentence();
        if (from > to || from < sentenceStart || to - sentenceStart > sentence.length()) {
            return false;
        }
        return BETWEEN.matcher(sentence.substring(from - sentenceStart, to - sentenceStart)).matches();
    }

    /** How many digits the mention writes after the decimal point of its last number: 1 in "8.7 miles". */
    private static int decimals(String mention) {
        int end = mention.length() - 1;
        while (end >= 0 && !Character.isDigit(mention.charAt(end))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isDigit(mention.charAt(start - 1))) {
            start--;
        }
        boolean fraction = start >= 2 && mention.charAt(start - 1) == '.'
                && Character.isDigit(mention.charAt(start - 2));
        return end >= 0 && fraction ? end - start + 1 : 0;
    }

    /** How many base units one unit of the amount is: kelvins per degree, metres per mile and so on. */
    private static double basePerUnit(Amount amount) {
        if (amount.dimension() == Dimension.TEMPERATURE) {
            return amount.unit().equals("degF") ? KELVIN_PER_FAHRENHEIT : 1;
        }
        return Math.abs(amount.baseValue() / amount.value());
    }
}
