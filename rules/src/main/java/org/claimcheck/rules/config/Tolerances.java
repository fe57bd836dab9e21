package org.claimcheck.rules.config;

/**
 * How far a hedged number may stray from its stated value, as fractions of it. A claim becomes an interval:
 * exact {@code [v(1-exact), v(1+exact)]}, approximately {@code [v(1-approximately), v(1+approximately)]}, nearly
 * {@code [v(1-nearly), v]}, more than {@code [v, v*moreThanCeiling]} (unbounded when the ceiling is 0), less than
 * {@code [0, v]}.
 *
 * @param exact           rounding allowed on an unhedged number (default 0.02)
 * @param approximately   "about", "around", "some" (default 0.15)
 * @param nearly          "nearly", "almost": how far below (default 0.10)
 * @param moreThanCeiling "more than v" at most this multiple of v; 0 for no ceiling (default 1.5: whoever knows of
 *                        500 does not write "more than 300")
 */
public record Tolerances(double exact, double approximately, double nearly, double moreThanCeiling) {

    /** The documented defaults. */
    public static Tolerances defaults() {
        return new Tolerances(0.02, 0.15, 0.10, 1.5);
    }
}
