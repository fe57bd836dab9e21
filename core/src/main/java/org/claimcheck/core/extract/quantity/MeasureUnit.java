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

    /** {@code value} in the base unit of the dimension (square metres for area, kelvin for temperature). */
    double toBase(double value) {
        return baseConverter == null ? value : baseConverter.convert(value);
    }
}
