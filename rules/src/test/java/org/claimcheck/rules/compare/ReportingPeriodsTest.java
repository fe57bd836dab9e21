package org.claimcheck.rules.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportingPeriodsTest {
    @Test
    void quartersAndHalvesAreReadInWordsAndShortForms() {
        assertThat(ReportingPeriods.of("Halbrook reported third-quarter revenue of $1.2 billion.")).isEqualTo(0b100);
        assertThat(ReportingPeriods.of("In Q2 sales fell; in the fourth quarter they rose.")).isEqualTo(0b1010);
        assertThat(ReportingPeriods.of("Profit doubled in the first half and in H2.")).isEqualTo(0b110000);
        assertThat(ReportingPeriods.of("Revenue for the quarter ended Sept. 30 rose 6%.")).isZero();
        assertThat(ReportingPeriods.of("Its headquarters moved in the final half of the decade.")).isZero();
    }

    @Test
    void periodsFitWhenEitherNamesNoneOrTheyShareOne() {
        int third = ReportingPeriods.of("third-quarter revenue");
        int second = ReportingPeriods.of("For the second quarter, revenue was");

        assertThat(ReportingPeriods.compatible(third, second)).isFalse();
        assertThat(ReportingPeriods.compatible(third, 0)).isTrue();
        assertThat(ReportingPeriods.compatible(third, third | second)).isTrue();
    }
}
