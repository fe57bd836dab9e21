package org.claimcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.claimcheck.core.model.Claim;
import org.claimcheck.core.model.QuantityClaim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pathological articles through the whole check: every one ends in claims or in an input problem naming the file,
 * nothing escapes the run, and crafted worst cases for the scanners finish (a hang detector, not a timing test).
 */
class HostileInputTest {
    /** Far beyond what a linear run takes on a loaded 2-core machine; a quadratic one on these inputs takes minutes. */
    private static final Duration SCANNER_HANG = Duration.ofSeconds(60);
    private static final Duration LARGE_INPUT_HANG = Duration.ofMinutes(5);

    @TempDir
    Path dir;

    private CheckResult check() {
        return check(LARGE_INPUT_HANG);
    }

    private CheckResult check(Duration hang) {
        return assertTimeoutPreemptively(hang, () -> Claimcheck.check(List.of(dir)));
    }

    private static List<String> quantityTexts(CheckResult result) {
        return result.claims().stream().filter(QuantityClaim.class::isInstance).map(c -> c.mention().text()).toList();
    }

    @Test
    void lineNumbersCountLoneCarriageReturnsAndCrlfAlike() throws Exception {
        Files.writeString(dir.resolve("cr.txt"), "First line.\r\rAbout 40 people were injured in Ashford.\r\n\r\n"
                + "Later 12 people were injured.\r");

        CheckResult result = check();

        assertThat(result.claims()).extracting(c -> c.mention().text() + "@" + c.mention().span().line() + ":"
                + c.mention().span().column()).contains("About 40 people@3:1", "12 people@5:7");
    }

    @Test
    void noBreakSpacesBetweenThousandsAreThousandsSeparators() throws Exception {
        Files.writeString(dir.resolve("spaces.txt"), "About 1\u00a0234 people were evacuated, and 1\u202f500 homes "
                + "were flooded in Ashford, officials said.");

        CheckResult result = check();

        assertThat(result.claims()).filteredOn(QuantityClaim.class::isInstance)
                .extracting(c -> ((QuantityClaim) c).amount().value()).containsExactly(1234.0, 1500.0);
    }

    @Test
    void digitsOfOtherScriptsAndFourHundredDigitNumbersAreLeftOutCleanly() throws Exception {
        Files.writeString(dir.resolve("digits.txt"), "Some \u0661\u0662\u0663 people and \uff14\uff15 cars were "
                + "counted in Ashford. The debt was " + "9".repeat(400) + " dollars. Later 30 people left.");

        CheckResult result = check();

        assertThat(quantityTexts(result)).containsExactly("30 people");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void rightToLeftTextKeepsTheOffsetsOfTheEnglishClaims() throws Exception {
        String text = "\u0642\u0627\u0644 \u0627\u0644\u0645\u062a\u062d\u062f\u062b \u200f and 30 people were "
                + "injured in Ashford on March 3.";
        Files.writeString(dir.resolve("rtl.txt"), text);

        CheckResult result = check();

        Claim people = result.claims().stream().filter(c -> c.mention().text().equals("30 people")).findFirst()
                .orElseThrow();
        assertThat(people.mention().span().start()).isEqualTo(text.indexOf("30 people"));
    }

    @Test
    void deeplyNestedHtmlIsReadOrRefusedWithoutCrashing() throws Exception {
        String page = "<html><body>" + "<div>".repeat(100_000) + "<p>About 40 people were injured in Ashford.</p>"
                + "</div>".repeat(100_000) + "</body></html>";
        Files.writeString(dir.resolve("nested.html"), page);
        Files.writeString(dir.resolve("plain.txt"), "Later 12 people were injured in Ashford.");

        CheckResult result = check();

        assertThat(result.documents().size() + result.problems().size()).isGreaterThanOrEqualTo(2);
        assertThat(quantityTexts(result)).contains("12 people");
    }

    @Test
    void aFiftyMegabyteArticleIsChecked() throws Exception {
        String paragraph = "The river rose through the night and the town waited for the morning.\n\n";
        StringBuilder text = new StringBuilder(51_000_000);
        text.append("About 40 people were injured in Ashford, officials said.\n\n");
        while (text.length() < 50_000_000) {
            text.append(paragraph);
        }
        text.append("Later 12 people were injured in Ashford.\n");
        Files.writeString(dir.resolve("huge.txt"), text, StandardCharsets.UTF_8);

        CheckResult result = check();

        assertThat(quantityTexts(result)).containsExactly("About 40 people", "12 people");
        assertThat(result.claims().get(result.claims().size() - 1).mention().span().line())
                .isEqualTo(text.toString().split("\n", -1).length - 1);
    }

    @Test
    void aHundredThousandTinyFilesAreAllAccountedFor() throws Exception {
        for (int i = 0; i < 100_000; i++) {
            Files.writeString(dir.resolve("t" + i + ".txt"), "Nothing happened in the village of Ashford today.");
        }

        CheckResult result = check();

        assertThat(result.documents().size() + result.problems().size()).isEqualTo(100_000);
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void craftedWorstCasesForTheScannersFinish() throws Exception {
        String[] cases = {"1,".repeat(50_000) + "1 people", "a ".repeat(100_000), "x".repeat(100_000),
            "Ashford ".repeat(50_000) + "said 3 people.", "\"".repeat(100_000), ". ".repeat(100_000),
            "about nearly more than ".repeat(20_000) + "5 people", "on March 3 ".repeat(20_000),
            "\u201c" + "We said, ".repeat(20_000) + "\u201d he told Reuters."};
        for (int i = 0; i < cases.length; i++) {
            Files.writeString(dir.resolve("case" + i + ".txt"), cases[i]);
        }

        CheckResult result = check(SCANNER_HANG);

        assertThat(result.documents().size() + result.problems().size()).isGreaterThanOrEqualTo(cases.length);
    }
}
