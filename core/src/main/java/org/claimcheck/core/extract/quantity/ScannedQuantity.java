package org.claimcheck.core.extract.quantity;

import org.claimcheck.core.model.Dimension;
import org.claimcheck.core.model.Qualifier;

/**
 * A number found in a sentence by {@link QuantityScanner}, before its counted noun is read: hedge, number, scale,
 * range and unit, normalized.
 *
 * @param start        offset in the sentence of the first character (the hedge's, the currency's or the number's)
 * @param end          offset after the last character (the number's, the scale word's or the unit's)
 * @param value        the stated number with scale words applied ("$2.5bn" gives 2.5E9; "4 cents" gives 0.04)
 * @param upper        the top of a stated range; equal to {@code value} otherwise
 * @param qualifier    the hedge; vague plurals ("dozens") without a hedge read as {@link Qualifier#MORE_THAN}
 * @param dimension    what is measured; {@link Dimension#COUNT} when no unit or currency was written
 * @param unit         the canonical unit ({@code mi2}, {@code USD}, {@code percent}); for a count, the word it is
 *                     joined to by a hyphen ({@code seat} of "an 18,000-seat stand"), else {@code null}
 * @param baseValue    {@code value} in the dimension's base unit
 * @param baseUpper    {@code upper} in the dimension's base unit
 * @param requiresNoun whether the number only counts when a noun follows (a spelled-out "one")
 */
public record ScannedQuantity(int start, int end, double value, double upper, Qualifier qualifier,
                              Dimension dimension, String unit, double baseValue, double baseUpper,
                              boolean requiresNoun) {

    /** Whether this is a count of things, whose unit is the counted noun. */
    public boolean isCount() {
        return dimension == Dimension.COUNT;
    }
}
