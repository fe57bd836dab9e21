package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole check of 10,000 articles in a separate Java process limited to a 256 MB heap: articles are analysed one
 * file at a time and only their claims are kept, so the archive never has to fit in memory.
 */
class BoundedMemoryTest {
    private static final int ARTICLES = 10_000;
    private static final String[] TOWN_STARTS = {"Ash", "Thorn", "Marl", "East", "Keld", "Wren", "Salt", "Brind",
        "Oak", "Pell"};
    private static final String[] TOWN_ENDS = {"combe", "wick", "ow", "bury", "erby", "hold", "cote", "ley",
        "hurst", "ham"};
    private static final String[] TOWN_PREFIXES = {"Upper", "Lower", "Great", "Little", "North", "South", "East", "West",
        "Old", "New"};
    private static final String[] NAMES = {"Mara Quint", "Tobin Reyes", "Hale Okafor", "Ines Varga", "Pim Lodge"};

    @Test
    void tenThousandArticlesAreCheckedWithinA256MegabyteHeap(@TempDir Path temp) throws Exception {
        Path articles = Files.createDirectories(temp.resolve("articles"));
        for (int i = 0; i < ARTICLES; i++) {
            Files.writeString(articles.resolve(String.format(Locale.ROOT, "a%05d.md", i)), article(i),
                    StandardCharsets.UTF_8);
        }
        Path out = temp.resolve("out");
        Path log = temp.resolve("stderr.txt");
        Process process = new ProcessBuilder(javaCommand(), "-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-cp",
                classPath(), Main.class.getName(), "check", articles.toString(), "--out", out.toString(),
                "--quiet")
                .redirectOutput(temp.resolve("stdout.txt").toFile())
                .redirectError(log.toFile())
                .start();
        boolean finished = process.waitFor(15, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }

        assertThat(finished).as("the check finished").isTrue();
        assertThat(Files.readString(log)).doesNotContain("OutOfMemoryError");
        assertThat(process.exitValue()).as("exit code (1: findings at error)").isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertThat(report.path("documents").size()).isEqualTo(ARTICLES);
        assertThat(report.path("problems").size()).isZero();
        assertThat(report.path("claims").size()).isGreaterThanOrEqualTo(3 * ARTICLES);
        assertThat(report.path("findings").size()).isPositive();
    }

    /**
     * Short wire copy: ten articles per event, each event in its own town on its own day, and every fiftieth article
     * with a changed figure.
     */
    private static String article(int i) {
        int event = i / 10;
        String town = (event < 100 ? "" : TOWN_PREFIXES[event / 100 % TOWN_PREFIXES.length] + " ")
                + TOWN_STARTS[event % 10] + TOWN_ENDS[event / 10 % 10];
        LocalDate day = LocalDate.of(2020, 1, 1).plusDays(event);
        int injured = 5 + event % 40;
        int stated = i % 50 == 7 ? injured * 3 : injured;
        String month = day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return "---\ntitle: \"Storm damage in " + town + "\"\ndate: " + day.plusDays(1 + i % 3) + "\noutlet: "
                + (i % 2 == 0 ? "Valley Post" : "Northern Wire") + "\n---\n\n"
                + "A storm struck " + town + " on " + month + " " + day.getDayOfMonth() + ", and " + stated
                + " people were injured in " + town + ", the fire service said.\n\n"
                + "About " + (200 + event * 3) + " residents were evacuated from " + town + " as the storm passed.\n\n"
                + "The council has released £" + (2 + event % 9) + " million in emergency funding for " + town
                + ".\n\n\"We have never seen water rise this fast in " + town + ",\" said "
                + NAMES[event % NAMES.length] + ", the council leader.\n";
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The test class path, as the build gives it to the tests. */
    private static String classPath() throws IOException {
        String fromBuild = System.getProperty("surefire.test.class.path");
        String classPath = fromBuild != null && !fromBuild.isBlank() ? fromBuild : System.getProperty("java.class.path");
        List<String> entries = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
