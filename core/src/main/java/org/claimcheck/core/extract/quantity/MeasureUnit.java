package org.claimcheck.core.extract.quantity;

import javax.measure.IncommensurableException;
import javax.measure.UnconvertibleException;
import javax.measure.Unit;
import javax.measure.UnitConverter;

import org.claimcheck.core.model.Dimension;

/**
 * A unit a number can be stated in: its canonical name for reports, what it measures, a factor applied to the stated
 * number ("4 cents" is 0.04 USD), and the conversion to the dimension's base unit (none for money, percentages and
 * counts, whose base value is the value).
 *
 * @param canonical     canonical name: {@code mi2}, {@code km}, {@code USD}, {@code percent}
 * @param dimension     what it measures
 * @param valueFactor   multiplies the stated number (1 except for subunits of a currency)
 * @param baseConverter the JSR 385 conversion to the base unit, or {@code null} when none applies
 */
record MeasureUnit(String canonical, Dimension dimension, double valueFactor, UnitConverter baseConverter) {
    /** The largest stated value converted: the biggest factor to a base unit (joules per terawatt-hour) is 3.6e15. */
    private static final double MAX_CONVERTIBLE = 1e280;

    /** The unit stated in {@code measure}, or without conversion when {@code measure} is {@code null}. */
    static MeasureUnit of(String canonical, Dimension dimension, double valueFactor, Unit<?> measure) {
        if (measure == null) {
            return new MeasureUnit(canonical, dimension, valueFactor, null);
        }
        try {
            return new MeasureUnit(canonical, dimension, valueFactor,
                    measure.getConverterToAny(measure.getSystemUnit()));
        } catch (IncommensurableException | UnconvertibleException e) {
            throw new IllegalStateException("unit " + canonical + " has no base conversion", e);
        }
    }

    /**
     * {@code value} in the base unit of the dimension (square metres for area, kelvin for temperature); infinite
     * beyond {@value #MAX_CONVERTIBLE}, where no article's figure lies and the conversion could overflow.
     */
    double toBase(double value) {
        if (baseConverter == null) {
            return value;
        }
        return Math.abs(value) <= MAX_CONVERTIBLE ? baseConverter.convert(value) : Double.POSITIVE_INFINITY;
    }
}
