package org.claimcheck.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsoleReportTest {

    @Test
    void oneLinePerProblemAndFindingThenASummary() {
        assertThat(new ConsoleReport().render(SampleResult.build(), ReportOptions.defaults())).isEqualTo("""
                content/broken.md:3: error: front matter is not valid YAML
                content/flood-update.md:4:25: error: Flooded area: nearly 400 mi2 (1,036 km2) against about 1,300 km2, \
                beyond the 10% tolerance. [numeric-mismatch]
                content/flood-update.md:6:87: warning: Quote <img src=x onerror=alert(5)> | is attributed to another \
                speaker. [quote-speaker]
                content/flood-update.md:4:60: info: Rescue count revised to 10 to 12 people. [figure-update]
                3 findings (1 error, 1 warning, 1 info) in 2 articles, 6 claims; 1 input problem
                """);
    }

    @Test
    void colourOnlyWhenAsked() {
        String coloured = new ConsoleReport().render(SampleResult.build(), ReportOptions.defaults().withColour(true));
        assertThat(coloured.lines().toList().get(1))
                .startsWith("content/flood-update.md:4:25: \u001b[1;31merror\u001b[0m: Flooded area");
        assertThat(new ConsoleReport().render(SampleResult.build(), ReportOptions.defaults())).doesNotContain("\u001b");
    }
}
