package org.claimcheck.rules.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DigitSlipTest {

    @ParameterizedTest
    @CsvSource({
            "1800, 1200, true",
            "18, 81, true",
            "214, 412, true",
            "47, 470, true",
            "50, 500, true",
            "1, 3, true",
            "12.10, 12.25, false",
            "12.10, 12.15, true",
            "148326, 47000, false",
            "14200, 40000, false",
            "12, 4, false",
            "1.38e9, 2.9e9, false"})
    void oneDigitChangedAddedOrDroppedOrTheSameDigitsReorderedAreASlip(double a, double b, boolean slip) {
        assertThat(DigitSlip.between(a, b)).isEqualTo(slip);
        assertThat(DigitSlip.between(b, a)).isEqualTo(slip);
    }

    @ParameterizedTest
    @CsvSource({"47000, 47", "0.47, 47", "148326, 148326", "12.10, 121", "2.5e9, 25", "-300, 3"})
    void significantDigitsLeaveOutTrailingZerosSignAndPoint(double value, String digits) {
        assertThat(DigitSlip.significantDigits(value)).isEqualTo(digits);
    }
}
