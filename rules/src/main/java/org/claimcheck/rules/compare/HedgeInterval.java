package org.claimcheck.rules.compare;

import org.claimcheck.core.model.Amount;
import org.claimcheck.rules.config.Tolerances;

/**
 * The values a hedged number allows, in the base unit of its dimension: "nearly 400 square miles" allows
 * 360 to 400 square miles (with the default 10%), "more than 1,300" anything from 1,300 up.
 *
 * @param low    smallest value allowed
 * @param high   largest value allowed ({@link Double#POSITIVE_INFINITY} when unbounded)
 * @param reason what allowed this much, for messages ("'nearly' allows up to 10% below")
 */
public record HedgeInterval(double low, double high, String reason) {

    /** The interval a stated amount allows. */
    public static HedgeInterval of(Amount amount, Tolerances tolerances) {
        double value = amount.baseValue();
        double upper = amount.baseUpper();
        return switch (amount.qualifier()) {
            case EXACT -> new HedgeInterval(value * (1 - tolerances.exact()), upper * (1 + tolerances.exact()),
                    "an unhedged figure allows " + percent(tolerances.exact()) + " rounding");
            case APPROXIMATELY -> new HedgeInterval(value * (1 - tolerances.approximately()),
                    upper * (1 + tolerances.approximately()),
                    "'about' allows " + percent(tolerances.approximately()) + " either way");
            case NEARLY -> new HedgeInterval(value * (1 - tolerances.nearly()), upper,
                    "'nearly' allows up to " + percent(tolerances.nearly()) + " below");
            case MORE_THAN -> new HedgeInterval(value, tolerances.moreThanCeiling() > 0
                    ? upper * tolerances.moreThanCeiling() : Double.POSITIVE_INFINITY,
                    "'more than' allows anything above");
            case LESS_THAN -> new HedgeInterval(0, upper, "'less than' allows anything below");
        };
    }

    /** Whether both intervals can hold at once. */
    public boolean overlaps(HedgeInterval other) {
        return low <= other.high && other.low <= high;
    }

    /** How far apart the two intervals are, relative to the larger of their nearest ends. */
    public double gap(HedgeInterval other) {
        double a = high < other.low ? high : other.high;
        double b = high < other.low ? other.low : low;
        return Math.abs(b - a) / Math.max(Math.abs(a), Math.abs(b));
    }

    private static String percent(double fraction) {
        return Math.round(fraction * 100) + "%";
    }
}
