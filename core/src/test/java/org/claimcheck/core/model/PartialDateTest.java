package org.claimcheck.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void printsAsPreciseAsItIsStated() {
        assertThat(new PartialDate(2024, 8, 6)).hasToString("2024-08-06");
        assertThat(new PartialDate(2024, 3, 0)).hasToString("2024-03");
        assertThat(new PartialDate(2024, 0, 0)).hasToString("2024");
        assertThat(new PartialDate(987, 12, 31)).hasToString("0987-12-31");
    }

    @Test
    void printsYearsOutsideFourDigitsAsIsoPaddingWould() {
        assertThat(new PartialDate(-5, 1, 2)).hasToString("-005-01-02");
        assertThat(new PartialDate(12345, 0, 0)).hasToString("12345");
    }

    @Test
    void whatItPrintsParsesBackToTheSameDate() {
        PartialDate date = new PartialDate(2023, 11, 8);

        assertThat(PartialDate.parse(date.toString())).isEqualTo(date);
    }
}
