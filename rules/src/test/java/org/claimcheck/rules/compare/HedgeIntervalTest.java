package org.claimcheck.rules.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.claimcheck.core.model.Amount;
import org.claimcheck.core.model.Dimension;
import org.claimcheck.core.model.Qualifier;
import org.claimcheck.rules.config.Tolerances;
import org.junit.jupiter.api.Test;

class HedgeIntervalTest {
    private static HedgeInterval celsius(double degrees, Qualifier qualifier) {
        double kelvin = degrees + 273.15;
        return HedgeInterval.of(new Amount(degrees, degrees, qualifier, Dimension.TEMPERATURE, "degC", kelvin, kelvin),
                Tolerances.defaults());
    }

    private static HedgeInterval fahrenheit(double degrees) {
        double kelvin = (degrees - 32) * 5 / 9 + 273.15;
        return HedgeInterval.of(new Amount(degrees, degrees, Qualifier.EXACT, Dimension.TEMPERATURE, "degF", kelvin,
                kelvin), Tolerances.defaults());
    }

    @Test
    void aTemperatureAllowsAShareOfItsDegreesCelsiusNotOfItsKelvins() {
        assertThat(celsius(41.3, Qualifier.EXACT).overlaps(fahrenheit(106))).isTrue();
        assertThat(celsius(41.3, Qualifier.EXACT).overlaps(fahrenheit(111))).isFalse();
    }

    @Test
    void aReadingNearFreezingAllowsHalfADegreeAndBelowFreezingStaysOrdered() {
        HedgeInterval frost = celsius(-4, Qualifier.EXACT);

        assertThat(frost.low() - 273.15).isCloseTo(-4.5, within(1e-9));
        assertThat(frost.high() - 273.15).isCloseTo(-3.5, within(1e-9));
        assertThat(celsius(0.2, Qualifier.EXACT).overlaps(celsius(-0.2, Qualifier.EXACT))).isTrue();
        assertThat(frost.overlaps(celsius(-6, Qualifier.EXACT))).isFalse();
    }

    @Test
    void aShareBelowZeroAllowsTheMirrorImageOfItsSize() {
        HedgeInterval exact = percent(-3.5, Qualifier.EXACT);
        HedgeInterval nearly = percent(-3, Qualifier.NEARLY);

        assertThat(exact.low()).isCloseTo(-3.57, within(1e-9));
        assertThat(exact.high()).isCloseTo(-3.43, within(1e-9));
        assertThat(nearly.low()).isCloseTo(-3, within(1e-9));
        assertThat(nearly.high()).isCloseTo(-2.7, within(1e-9));
        assertThat(exact.overlaps(percent(3.5, Qualifier.EXACT))).isFalse();
    }

    private static HedgeInterval written(double value, Dimension dimension, String unit, String text) {
        return HedgeInterval.of(new Amount(value, value, Qualifier.EXACT, dimension, unit, value, value),
                Tolerances.defaults(), text);
    }

    @Test
    void anUnhedgedFigureWithDecimalsAllowsOnlyTheRoundingOfItsLastPlace() {
        HedgeInterval price = written(56.5, Dimension.MONEY, "USD", "$56.50");
        HedgeInterval rate = written(3.6, Dimension.PERCENT, "percent", "3.6 percent");

        assertThat(price.overlaps(written(58.5, Dimension.MONEY, "USD", "$58.50"))).isFalse();
        assertThat(price.overlaps(written(57, Dimension.MONEY, "USD", "$57"))).isTrue();
        assertThat(price.reason()).isEqualTo("a figure written to 2 decimal places allows only the rounding of the last");
        assertThat(rate.overlaps(written(3.5, Dimension.PERCENT, "percent", "3.5%"))).isFalse();
        assertThat(rate.overlaps(written(3.56, Dimension.PERCENT, "percent", "3.56%"))).isTrue();
        assertThat(written(-3.6, Dimension.PERCENT, "percent", "-3.6%").high()).isCloseTo(-3.55, within(1e-6));
        assertThat(written(9.1e9, Dimension.MONEY, "USD", "$9.1 billion")
                .overlaps(written(9.3e9, Dimension.MONEY, "USD", "$9.3 billion"))).isFalse();
    }

    @Test
    void aCoarseLastPlaceAllowsMoreThanTheToleranceAndAWholeNumberKeepsTheTolerance() {
        HedgeInterval billions = written(1.7e9, Dimension.MONEY, "EUR", "€1.7 billion");

        assertThat(billions.low()).isCloseTo(1.65e9, within(1.0e3));
        assertThat(billions.overlaps(written(1.74e9, Dimension.MONEY, "EUR", "€1.74 billion"))).isTrue();
        HedgeInterval whole = written(1036, Dimension.AREA, "km2", "1,036 square kilometres");
        assertThat(whole.low()).isCloseTo(1036 * 0.98, within(1e-9));
        assertThat(whole.reason()).isEqualTo("an unhedged figure allows 2% rounding");
    }

    private static HedgeInterval about(double value, String unit, double base, String text) {
        return HedgeInterval.of(new Amount(value, value, Qualifier.APPROXIMATELY, Dimension.AREA, unit, base, base),
                Tolerances.defaults(), text);
    }

    @Test
    void aboutAllowsNoMoreThanAStepOfTheLastSignificantDigitAndNoLessThanRounding() {
        HedgeInterval some = about(221, "count", 221, "some 221");
        HedgeInterval fifties = about(1350, "count", 1350, "about 1,350");
        HedgeInterval round = about(400, "count", 400, "about 400");

        assertThat(some.low()).isCloseTo(221 * 0.98, within(1e-9));
        assertThat(some.overlaps(about(212, "count", 212, "212"))).isFalse();
        assertThat(some.reason()).isEqualTo("'about' before a figure written this precisely allows 2% either way");
        assertThat(fifties.low()).isCloseTo(1300, within(1e-9));
        assertThat(fifties.high()).isCloseTo(1400, within(1e-9));
        assertThat(round.low()).isCloseTo(340, within(1e-9));
        assertThat(round.reason()).isEqualTo("'about' allows 15% either way");
        assertThat(about(33, "mi2", 85.47, "roughly 33 square miles")
                .overlaps(about(85, "km2", 85, "about 85 square kilometres"))).isTrue();
    }

    private static HedgeInterval percent(double value, Qualifier qualifier) {
        return HedgeInterval.of(new Amount(value, value, qualifier, Dimension.PERCENT, "percent", value, value),
                Tolerances.defaults());
    }

    @Test
    void countsKeepTheirShareOfTheValue() {
        HedgeInterval nearly = HedgeInterval.of(new Amount(400, 400, Qualifier.NEARLY, Dimension.COUNT, "soldier",
                400, 400), Tolerances.defaults());

        assertThat(nearly.low()).isEqualTo(360);
        assertThat(nearly.high()).isEqualTo(400);
    }
}
