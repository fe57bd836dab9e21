package org.claimcheck.core.extract.quantity;

import javax.measure.IncommensurableException;
import javax.measure.Unit;
import javax.measure.UnconvertibleException;

import org.claimcheck.core.model.Dimension;

/**
 * A unit a number can be stated in: its canonical name for reports, what it measures, a factor applied to the stated
 * number ("4 cents" is 0.04 USD), and the JSR 385 unit used to convert to the dimension's base unit (none for money,
 * percentages and counts, whose base value is the value).
 *
 * @param canonical   canonical name: {@code mi2}, {@code km}, {@code USD}, {@code percent}
 * @param dimension   what it measures
 * @param valueFactor multiplies the stated number (1 except for subunits of a currency)
 * @param measure     the JSR 385 unit, or {@code null} when no conversion applies
 */
record MeasureUnit(String canonical, Dimension dimension, double valueFactor, Unit<?> measure) {

    /** {@code value} in the base unit of the dimension (square metres for area, kelvin for temperature). */
    double toBase(double value) {
        if (measure == null) {
            return value;
        }
        try {
            return measure.getConverterToAny(measure.getSystemUnit()).convert(value);
        } catch (IncommensurableException | UnconvertibleException e) {
            throw new IllegalStateException("unit " + canonical + " has no base conversion", e);
        }
    }
}
