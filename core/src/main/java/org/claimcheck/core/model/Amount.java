package org.claimcheck.core.model;

/**
 * A normalized number as stated: its value with scale words applied, an upper bound for ranges, its hedge, its
 * unit, and the value converted to the dimension's base unit for comparison.
 *
 * @param value       the stated number ("2.5 billion" gives 2.5E9; "10 to 15" gives 10)
 * @param upper       the top of a stated range ("10 to 15" gives 15); equal to {@code value} otherwise
 * @param qualifier   the hedge
 * @param dimension   what is measured
 * @param unit        canonical unit ({@code mi2}, {@code km2}, {@code USD}, {@code percent}); for counts the counted
 *                    noun's lemma ({@code soldier}), or {@code null} when no noun is counted
 * @param baseValue   {@code value} in the dimension's base unit (square metres for area); equal to {@code value}
 *                    for counts, money and percentages
 * @param baseUpper   {@code upper} in the dimension's base unit
 */
public record Amount(double value, double upper, Qualifier qualifier, Dimension dimension, String unit,
                     double baseValue, double baseUpper) {
    public Amount {
        unit = Interned.of(unit);
    }


    /** Whether the statement gives a range rather than a single number. */
    public boolean isRange() {
        return upper != value;
    }
}
