package org.claimcheck.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceRegionTest {

    @Test
    void singleLineClaimEndsAfterItsLastCharacter() {
        String file = "Intro\nAbout 150 people fled.\n";
        SourceRegion region = SourceRegion.of(SampleResult.mention("d1", "a.md", file, "150 people",
                "About 150 people fled."));
        assertThat(region).isEqualTo(new SourceRegion(2, 7, 2, 17));
    }

    @Test
    void claimAcrossLineBreaksEndsOnItsLastLine() {
        String file = "Officials said nearly\r\n400 square\nmiles were flooded.";
        SourceRegion region = SourceRegion.of(SampleResult.mention("d1", "a.md", file, "nearly\r\n400 square\nmiles",
                "Officials said nearly\r\n400 square\nmiles were flooded."));
        assertThat(region).isEqualTo(new SourceRegion(1, 16, 3, 6));
    }
}
