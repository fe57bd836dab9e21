package org.claimcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.claimcheck.core.extract.ClaimExtractor;
import org.claimcheck.core.extract.StandardExtractor;
import org.claimcheck.core.model.Claim;
import org.claimcheck.core.model.QuantityClaim;
import org.claimcheck.core.source.ArticleReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimcheckTest {
    @TempDir
    Path dir;

    private static final String GAZETTE = """
            ---
            title: "Harrow Valley floods"
            date: 2026-03-14
            outlet: Riverside Gazette
            ---

            Fourteen people were injured when the levee broke near Millbrook on March 12, the fire service said.
            """;
    private static final String TIMES = """
            ---
            title: "Harrow Valley counts the cost"
            date: 2026-03-16
            outlet: Northfield Times
            ---

            41 people were injured when the levee broke near Millbrook on March 12, the fire service said.
            """;

    @Test
    void findsTheConflictBetweenTwoArticlesWithExactSpans() throws Exception {
        Files.writeString(dir.resolve("gazette.md"), GAZETTE);
        Files.writeString(dir.resolve("times.md"), TIMES);

        CheckResult result = Claimcheck.check(List.of(dir));

        assertThat(result.documents()).extracting(d -> d.outlet())
                .containsExactly("Riverside Gazette", "Northfield Times");
        List<QuantityClaim> counts = result.claims().stream().filter(c -> c instanceof QuantityClaim)
                .map(QuantityClaim.class::cast).toList();
        assertThat(counts).extracting(c -> c.mention().text()).containsExactly("Fourteen people", "41 people");
        assertThat(counts).extracting(c -> c.mention().span().line()).containsExactly(7, 7);
        assertThat(counts).extracting(c -> c.mention().span().column()).containsExactly(1, 1);
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("numeric-mismatch");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.claims()).containsExactly(counts.get(0).id(), counts.get(1).id());
        });
    }

    @Test
    void powerInAnotherUnitAgreesAndAMisstatedPeakConflicts() throws Exception {
        String peak = "Demand on the Varn grid peaked at %s on Wednesday night, the grid operator said.";
        article("courier.md", "2026-07-17", "Varn Courier", peak.formatted("48,760 megawatts"));
        article("ledger.md", "2026-07-18", "Varn Ledger", peak.formatted("48.8 GW"));
        article("post.md", "2026-07-19", "Varn Post", peak.formatted("46.8 gigawatts"));

        assertThat(onlyNumericMismatch(Claimcheck.check(List.of(dir))))
                .containsExactly("48,760 megawatts", "46.8 gigawatts");
    }

    @Test
    void theCountAnArticleUpdatesGivenAsOfAWeekEarlierIsNoInconsistency() throws Exception {
        String update = "The number of people killed by the storm in Penrock has risen to 31, the ministry said on "
                + "Tuesday. The ministry had reported %s a week earlier.";
        article("herald.md", "2026-01-20", "Penrock Herald", update.formatted("24 deaths"));
        article("courier.md", "2026-01-20", "Penrock Courier", update.formatted("24 deaths") + " Officials "
                + "in Penrock said 27 people had been killed by the storm.");

        assertThat(Claimcheck.check(List.of(dir)).findings()).singleElement()
                .satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("internal-inconsistency");
                    assertThat(f.message()).contains("\"27 people\" (courier.md:");
                });
    }

    @Test
    void twoStatementsOfTheLargestValueMustGiveTheSameValue() throws Exception {
        String waves = "Waves of %s broke over the harbour wall at Penrock on Monday, the coastguard said.";
        article("herald.md", "2026-01-13", "Penrock Herald", waves.formatted("up to six metres"));
        article("courier.md", "2026-01-13", "Penrock Courier", waves.formatted("as high as 20 feet"));
        article("sentinel.md", "2026-01-14", "Penrock Sentinel", waves.formatted("up to nine metres"));

        assertThat(onlyNumericMismatch(Claimcheck.check(List.of(dir))))
                .containsExactly("as high as 20 feet", "up to nine metres");
    }

    @Test
    void voteTalliesAgreeInEitherOrderAndTwoTalliesOfOneArticleAreTwoVotes() throws Exception {
        String vote = "The Lindale council voted %s on Tuesday to close the Quay Street library.";
        article("herald.md", "2026-05-13", "Lindale Herald", vote.formatted("7-4")
                + " An amendment to keep it open on Saturdays failed 5-6.");
        article("courier.md", "2026-05-13", "Lindale Courier", "A motion to close the Quay Street library was "
                + "passed 4-7 by the Lindale council on Tuesday.");
        article("sentinel.md", "2026-05-14", "Lindale Sentinel", vote.formatted("8-3"));

        assertThat(onlyNumericMismatch(Claimcheck.check(List.of(dir)))).containsExactly("4-7", "8-3");
    }

    @Test
    void aVoteTallyIsComparedWhateverElseItsSentenceSaysHappened() throws Exception {
        article("herald.md", "2026-05-13", "Lindale Herald",
                "The Lindale council voted 7-4 on Tuesday to close the Quay Street library.");
        article("courier.md", "2026-05-14", "Lindale Courier", "The Lindale council voted 6-5 on Tuesday to cut "
                + "its spending, closing the Quay Street library and two swimming pools.");

        assertThat(onlyNumericMismatch(Claimcheck.check(List.of(dir)))).containsExactly("7-4", "6-5");
    }

    @Test
    void aSpeedIsComparedWhicheverVerbOfMotionItsSentenceUses() throws Exception {
        String speed = "The freight train was %s when it left the rails near Halden, the railroad said.";
        article("herald.md", "2026-05-13", "Halden Herald", speed.formatted("travelling at 42 mph"));
        article("courier.md", "2026-05-14", "Halden Courier", speed.formatted("moving at 52 mph"));

        assertThat(onlyNumericMismatch(Claimcheck.check(List.of(dir)))).containsExactly("42 mph", "52 mph");
    }

    @Test
    void aDepthIsComparedWhateverEachSentenceSaysHappened() throws Exception {
        article("herald.md", "2026-03-12", "Marrow Herald", "The roof of the Stennard Ridge mine gave way on Tuesday, "
                + "trapping nine men some 640 metres below the surface.");
        article("sentinel.md", "2026-03-13", "Marrow Sentinel",
                "The nine men at the Stennard Ridge mine sheltered in a refuge chamber 460 metres underground.");

        assertThat(onlyNumericMismatch(Claimcheck.check(List.of(dir)))).containsExactly("some 640 metres", "460 metres");
    }

    @Test
    void aCountWrittenWithTheRefersBackToTheFigureItsArticleGaveBefore() throws Exception {
        String opening = "Some 340 fans were treated by paramedics outside the Marlow Road ground on Saturday. ";

        assertThat(findingsInOneArticle(opening + "Club officials said the 430 fans would be offered refunds."))
                .containsExactly("internal-inconsistency: Some 340 fans | 430 fans");
        assertThat(findingsInOneArticle(opening + "Club officials said the 340 fans would be offered refunds."))
                .isEmpty();
        assertThat(findingsInOneArticle(opening
                + "Club officials said the 430 fans who had tickets for the away end would be offered refunds."))
                .isEmpty();
        assertThat(findingsInOneArticle(opening + "Club officials said the 430 injured fans would be offered refunds."))
                .isEmpty();
        assertThat(findingsInOneArticle("The storm dropped 86 millimetres of rain on Carrow on Sunday. "
                + "Drainage engineers said the 68 millimetres had overwhelmed the town's culverts."))
                .containsExactly("internal-inconsistency: 86 millimetres | 68 millimetres");
    }

    @Test
    void aSpeakerNamedAfterTheFigureIsItsSourceNotWhatItMeasures() throws Exception {
        article("herald.md", "2026-05-13", "Tarrow Herald", "Priya Nandakumar, a meteorologist, led the survey on "
                + "Tuesday. Survey teams mapped a damage zone of roughly 9 square miles, Nandakumar said.");
        article("courier.md", "2026-05-14", "Tarrow Courier", "The National Weather Service said the storm left a "
                + "damage zone of about 19 square miles.");

        assertThat(onlyNumericMismatch(Claimcheck.check(List.of(dir))))
                .containsExactly("roughly 9 square miles", "about 19 square miles");
    }

    @Test
    void howManyLiveInAPlaceIsNoCountOfTheEvent() throws Exception {
        assertThat(findingsInOneArticle("Two shelters housed about 2,600 people on Monday night, the Red Cross said. "
                + "The flames came within six miles of Elk Fork, a town of about 4,300 people, on Monday night."))
                .isEmpty();
        assertThat(findingsInOneArticle("Two shelters housed about 2,600 people on Monday night, the Red Cross said. "
                + "Red Cross volunteers said the shelters housed about 4,300 people on Monday night."))
                .containsExactly("internal-inconsistency: about 2,600 people | about 4,300 people");
    }

    @Test
    void twoLowerBoundsOfOneFigureMayNotBeFarApart() throws Exception {
        String sentHome = "Health officials in Harlow said %s unvaccinated students had been sent home on Monday.";
        article("herald.md", "2026-03-13", "Harlow Herald", sentHome.formatted("more than 300"));
        article("courier.md", "2026-03-14", "Harlow Courier", sentHome.formatted("more than 340"));
        article("sentinel.md", "2026-03-14", "Harlow Sentinel", sentHome.formatted("more than 500"));

        assertThat(onlyNumericMismatch(Claimcheck.check(List.of(dir))))
                .containsExactly("more than 300 unvaccinated students", "more than 500 unvaccinated students");
        assertThat(Claimcheck.check(List.of(dir)).findings().get(0).message()).endsWith("'more than' allows up to 50% above.");
    }

    @Test
    void theInjuredAreCountedAsPeople() throws Exception {
        article("herald.md", "2026-03-15", "Veldt Herald", "The crush at Brannock Stadium on Saturday killed 27 people "
                + "and left more than 240 injured.");
        article("courier.md", "2026-03-15", "Veldt Courier", "More than 140 people were injured in the crush at "
                + "Brannock Stadium on Saturday.");

        assertThat(onlyNumericMismatch(Claimcheck.check(List.of(dir))))
                .containsExactly("More than 140 people", "more than 240 injured");
    }

    @Test
    void aFigureSetAgainstTheStorysByContrastIsAnotherFact() throws Exception {
        article("herald.md", "2026-07-08", "Valder Herald", "Reservoirs in the region are at 18 percent of capacity, "
                + "the regional water authority said.");
        String other = "Reservoirs in the northern Tesk region%s stand at 64%% of capacity.";
        article("courier.md", "2026-07-09", "Valder Courier", other.formatted(", by contrast,"));

        assertThat(Claimcheck.check(List.of(dir)).findings()).isEmpty();

        article("courier.md", "2026-07-09", "Valder Courier", other.formatted(""));

        assertThat(onlyNumericMismatch(Claimcheck.check(List.of(dir)))).containsExactly("18 percent", "64%");
    }

    /** Each finding of a check of one article, as its rule and the texts of its claims. */
    private List<String> findingsInOneArticle(String body) throws Exception {
        Path article = Files.createTempDirectory(dir, "article").resolve("article.md");
        Files.writeString(article, "---\ndate: 2026-02-03\noutlet: Wendle Wire\n---\n\n%s\n".formatted(body));
        CheckResult result = Claimcheck.check(List.of(article));
        Map<String, String> textById = result.claims().stream()
                .collect(Collectors.toMap(Claim::id, c -> c.mention().text()));
        return result.findings().stream().map(f -> f.rule() + ": "
                + f.claims().stream().map(textById::get).collect(Collectors.joining(" | "))).toList();
    }

    private void article(String file, String date, String outlet, String body) throws IOException {
        Files.writeString(dir.resolve(file), "---\ndate: %s\noutlet: %s\n---\n\n%s\n".formatted(date, outlet, body));
    }

    /** The texts of the claims of the result's one finding, which must be a numeric mismatch. */
    private static List<String> onlyNumericMismatch(CheckResult result) {
        Map<String, String> textById = result.claims().stream()
                .collect(Collectors.toMap(Claim::id, c -> c.mention().text()));
        assertThat(result.findings()).singleElement()
                .satisfies(f -> assertThat(f.rule()).isEqualTo("numeric-mismatch"));
        return result.findings().get(0).claims().stream().map(textById::get).toList();
    }

    @Test
    void badFilesAreReportedWithFileAndLineAndTheOthersAreStillChecked() throws Exception {
        Files.writeString(dir.resolve("a-gazette.md"), GAZETTE);
        Files.writeString(dir.resolve("b-empty.txt"), "");
        Files.write(dir.resolve("c-binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 0, 1, 2, 3, 0, 0, 0});
        byte[] broken = "Good line.\nBad \u00e9 byte: ".getBytes(StandardCharsets.UTF_8);
        byte[] invalid = new byte[broken.length + 1];
        System.arraycopy(broken, 0, invalid, 0, broken.length);
        invalid[broken.length] = (byte) 0xC3;
        Files.write(dir.resolve("d-invalid.txt"), invalid);
        Files.writeString(dir.resolve("e-broken.md"), "---\ntitle: [unclosed\ndate: 2026-03-14\n---\n\nText.\n");
        Files.writeString(dir.resolve("f-times.md"), TIMES);

        CheckResult result = Claimcheck.check(List.of(dir));

        assertThat(result.problems()).extracting(p -> Path.of(p.path()).getFileName().toString())
                .containsExactly("b-empty.txt", "c-binary.txt", "d-invalid.txt", "e-broken.md");
        assertThat(result.problems().get(2).line()).isEqualTo(2);
        assertThat(result.problems().get(3).line()).isGreaterThan(0);
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.message()).isNotBlank());
        assertThat(result.findings()).extracting(Finding::rule).containsExactly("numeric-mismatch");
        assertThat(result.claims()).extracting(Claim::mention).extracting(m -> Path.of(m.path()).getFileName()
                .toString()).contains("a-gazette.md", "f-times.md");
    }

    @Test
    void aFileWhoseReadingOrAnalysisFailsIsAProblemAndTheOthersAreStillChecked() throws Exception {
        Files.writeString(dir.resolve("a-gazette.md"), GAZETTE);
        Files.writeString(dir.resolve("b-unreadable.md"), GAZETTE);
        Files.writeString(dir.resolve("c-unanalysable.md"), TIMES);
        Files.writeString(dir.resolve("d-times.md"), TIMES);
        ArticleReader articles = new ArticleReader();
        ClaimExtractor extractor = StandardExtractor.create();
        Claimcheck check = new Claimcheck(CheckOptions.defaults(),
                (file, displayPath) -> {
                    if (file.endsWith("b-unreadable.md")) {
                        throw new IllegalStateException("reader failure");
                    }
                    return articles.read(file, displayPath);
                },
                document -> {
                    if (document.info().path().endsWith("c-unanalysable.md")) {
                        throw new StackOverflowError();
                    }
                    return extractor.extract(document);
                });

        CheckResult result = check.run(List.of(dir));

        assertThat(result.problems()).extracting(p -> Path.of(p.path()).getFileName().toString(), InputProblem::line)
                .containsExactly(tuple("b-unreadable.md", 0), tuple("c-unanalysable.md", 0));
        assertThat(result.problems()).extracting(InputProblem::message).satisfiesExactly(
                read -> assertThat(read).matches("could not read this file \\(java.lang.IllegalStateException: "
                        + "reader failure at org.claimcheck.rules.ClaimcheckTest.lambda\\$\\w+\\$\\d+"
                        + "\\(ClaimcheckTest.java:\\d+\\)\\); its claims are left out, please report this as a "
                        + "claimcheck bug with the file attached"),
                analyse -> assertThat(analyse).matches("could not analyse this article "
                        + "\\(java.lang.StackOverflowError at org.claimcheck.rules.ClaimcheckTest.lambda\\$\\w+\\$\\d+"
                        + "\\(ClaimcheckTest.java:\\d+\\)\\); its claims are left out, please report this as a "
                        + "claimcheck bug with the file attached"));
        assertThat(result.documents()).extracting(d -> Path.of(d.path()).getFileName().toString())
                .containsExactly("a-gazette.md", "c-unanalysable.md", "d-times.md");
        assertThat(result.claims()).extracting(c -> Path.of(c.mention().path()).getFileName().toString())
                .containsOnly("a-gazette.md", "d-times.md")
                .contains("a-gazette.md", "d-times.md");
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("numeric-mismatch");
            assertThat(f.message()).contains("\"41 people\"").contains("\"Fourteen people\"");
        });
    }

    @Test
    void theResultDoesNotDependOnTheNumberOfThreads() throws Exception {
        for (int i = 0; i < 12; i++) {
            Files.writeString(dir.resolve("gazette-" + i + ".md"), GAZETTE);
            Files.writeString(dir.resolve("times-" + i + ".md"), TIMES);
        }

        CheckResult one = new Claimcheck(CheckOptions.defaults().withThreads(1)).run(List.of(dir));
        CheckResult four = new Claimcheck(CheckOptions.defaults().withThreads(4)).run(List.of(dir));

        assertThat(four.claims()).isEqualTo(one.claims());
        assertThat(four.findings()).isEqualTo(one.findings());
    }

    @Test
    void aCachedRunGivesWhatAFreshRunGivesAndKeepsSuppressions(@TempDir Path cache) throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("gazette.md"), GAZETTE);
        Files.writeString(articles.resolve("times.md"), TIMES);
        Files.writeString(articles.resolve("wire.md"), TIMES.replace("41 people",
                "<!-- claimcheck-disable-next-line numeric-mismatch -->\n40 people"));
        CheckOptions cached = CheckOptions.defaults().withCache(cache);
        new Claimcheck(cached).run(List.of(articles));
        Files.writeString(articles.resolve("times.md"), TIMES.replace("41 people", "14 people"));

        CheckResult warm = new Claimcheck(cached).run(List.of(articles));
        CheckResult fresh = new Claimcheck(CheckOptions.defaults()).run(List.of(articles));

        assertThat(warm.documents()).isEqualTo(fresh.documents());
        assertThat(warm.claims()).isEqualTo(fresh.claims());
        assertThat(warm.findings()).isEqualTo(fresh.findings()).isEmpty();
    }
}
