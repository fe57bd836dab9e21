package org.claimcheck.rules.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.claimcheck.core.model.AttributionClaim;
import org.claimcheck.core.model.DateClaim;
import org.claimcheck.core.model.DocumentInfo;
import org.claimcheck.rules.Finding;
import org.claimcheck.rules.Severity;
import org.junit.jupiter.api.Test;

class DateAndQuoteRulesTest {
    private final Fixtures run = new Fixtures();
    private final DocumentInfo gazette = run.document("gazette.md", "2026-03-14");
    private final DocumentInfo times = run.document("times.md", "2026-03-16");

    @Test
    void sameEventOnDifferentDaysIsADateMismatch() {
        run.date(gazette, "on March 2", "2026-03-02", "on", "complete",
                "The levee at Esker Cross, completed on March 2, held back the water.");
        run.date(times, "on March 9", "2026-03-09", "on", "complete",
                "The Esker Cross levee, completed on March 9, held back the water.");

        assertThat(run.check()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("date-mismatch");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).isEqualTo("\"on March 9\" (times.md:2) disagrees with \"on March 2\" "
                    + "(gazette.md:1): 2026-03-09 (year inferred from 2026-03-16) vs 2026-03-02 (year inferred from "
                    + "2026-03-14) for the same 'complete' event.");
        });
    }

    @Test
    void theLastDayOfASpanIsComparedOnlyWithLastDays() {
        String seed = "Nurses walked out at 64 hospitals in Wessmoor from Monday 3 February to Friday 7 February.";
        run.date(gazette, "from Monday 3 February", "2026-02-03", "from", "stoppage", seed);
        run.date(gazette, "Friday 7 February", "2026-02-07", null, "stoppage", seed);
        String restated = "The walkout at hospitals in Wessmoor ran from February 3 to February 7.";
        run.date(times, "from February 3", "2026-02-03", "from", "stoppage", restated);
        DateClaim end = run.date(times, "February 9", "2026-02-09", null, "stoppage",
                restated.replace("to February 7", "to February 9"));

        assertThat(run.check()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("date-mismatch");
            assertThat(f.claims()).contains(end.id());
        });
    }

    @Test
    void theLastDayOfASpanBetweenTwoDatesIsNotItsFirst() {
        String seed = "In Wessmoor 1,312 people fell ill between 26 September and 2 October.";
        run.date(gazette, "26 September", "2026-09-26", null, "ill", seed);
        run.date(gazette, "2 October", "2026-10-02", null, "ill", seed);
        String restated = "In Wessmoor more than 1,500 people fell ill between September 26 and October 2.";
        run.date(times, "September 26", "2026-09-26", null, "ill", restated);
        run.date(times, "October 2", "2026-10-02", null, "ill", restated);

        assertThat(run.check()).isEmpty();
    }

    @Test
    void theLastDayOfASpanRunningUntilAnHourIsNotItsFirst() {
        String seed = "Pilots at Varnair will strike from 00:01 on Thursday, September 4, until 23:59 on Saturday, "
                + "September 6, their union said.";
        run.date(gazette, "on Thursday, September 4", "2026-09-04", "on", "stoppage", seed);
        run.date(gazette, "on Saturday, September 6", "2026-09-06", "on", "stoppage", seed);
        String guide = "Varnair pilots will stop work from one minute past midnight on 4 September until the end of "
                + "Saturday 6 September.";
        run.date(times, "on 4 September", "2026-09-04", "on", "stoppage", guide);
        run.date(times, "Saturday 6 September", "2026-09-06", null, "stoppage", guide);
        run.date(times, "on Thursday, Sept. 4", "2026-09-04", "on", "stoppage",
                "Pilots at Varnair will begin a three-day strike on Thursday, Sept. 4.");

        assertThat(run.check()).isEmpty();
    }

    @Test
    void thePeriodAChangeIsMeasuredAgainstIsNotThePeriodOfTheFigure() {
        String seed = "Completed home sales in Kaldoria fell to 8,412 in September, down 3.1 percent from August.";
        run.date(gazette, "in September", "2026-09", "in", "complete", seed);
        run.date(gazette, "from August", "2026-08", "from", "complete", seed);
        String restated = "Just over 8,400 home sales in Kaldoria were completed in September, 3.1% fewer than in "
                + "August.";
        run.date(times, "in September", "2026-09", "in", "complete", restated);
        run.date(times, "in August", "2026-08", "in", "complete", restated);
        run.date(times, "August", "2026-08", null, "complete",
                "Home prices in Kaldoria were up 0.6% on August, and sales were completed faster.");

        assertThat(run.check()).isEmpty();
    }

    @Test
    void theNextTimeAnEventHappensIsAnotherDate() {
        run.date(gazette, "on 6 June", "2026-06-06", "on", "depart",
                "The Coral Sovereign sailed from Port Aldwyn on 6 June for a 14-night voyage.");
        run.date(times, "20 June", "2026-06-20", null, "depart",
                "The Coral Sovereign will be cleaned in Port Aldwyn before its next departure, which is scheduled for "
                        + "20 June.");
        run.date(times, "on 8 June", "2026-06-08", "on", "depart",
                "The Coral Sovereign, which sailed from Port Aldwyn on 8 June, is due back on Saturday.");

        assertThat(run.check()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("date-mismatch");
            assertThat(f.message()).startsWith("\"on 8 June\" (times.md:3) disagrees with \"on 6 June\"");
        });
    }

    @Test
    void aBoundWrittenWithMoreWordsIsADeadline() {
        String seed = "The schools closed on Monday, March 10, and will remain shut until at least March 24.";
        run.date(gazette, "on Monday, March 10", "2026-03-10", "on", "close", seed);
        run.date(gazette, "March 24", "2026-03-24", null, "close", seed);
        run.date(times, "since March 10", "2026-03-10", "since", "close",
                "The three schools have been closed since March 10.");

        assertThat(run.check()).isEmpty();
    }

    @Test
    void aDeadlineAtAnHourOrCalledADeadlineIsNotAPointInTime() {
        run.date(gazette, "on March 12", "2026-03-12", "on", "publish",
                "The gang threatened to publish the files and has given Brennock until midnight on March 12.");
        run.date(times, "on March 14", "2026-03-14", "on", "publish",
                "The gang said it would publish the files it stole from Brennock on March 14.");
        run.date(run.document("post.md", "2026-03-15"), "March 12", "2026-03-12", null, "publish",
                "The gang threatened to publish the Brennock files after a deadline of March 12.");

        assertThat(run.check()).isEmpty();
    }

    @Test
    void aMonthAgreesWithADayInIt() {
        run.date(gazette, "in March", "2026-03", "in", "complete",
                "The levee at Esker Cross, completed in March, held back the water.");
        run.date(times, "on March 9", "2026-03-09", "on", "complete",
                "The Esker Cross levee, completed on March 9, held back the water.");

        assertThat(run.check()).isEmpty();
    }

    @Test
    void datesMoreThanAYearApartDateDifferentEvents() {
        run.date(gazette, "in March 2009", "2009-03", "in", "kill",
                "A freight train derailed on the Selk viaduct in March 2009, killing two workers.");
        run.date(times, "on March 13", "2026-03-13", "on", "kill",
                "A train derailed on the Selk viaduct on March 13, killing 17 people.");

        assertThat(run.check()).isEmpty();
    }

    @Test
    void theDeathsOfAnIncidentAndTheIncidentItselfHaveOneDate() {
        run.date(gazette, "on Tuesday, March 10", "2026-03-10", "on", "kill",
                "A coach plunged into a ravine at Hallow Gap on Tuesday, March 10, killing 14 passengers.");
        DateClaim moved = run.date(times, "on March 11", "2026-03-11", "on", "attack",
                "The coach that plunged into a ravine at Hallow Gap on March 11 had passed its inspection.");

        assertThat(run.check()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("date-mismatch");
            assertThat(f.claims()).contains(moved.id());
        });
    }

    @Test
    void aDayNamedRelativeToItsArticleAgreesButNeverDisagrees() {
        run.relativeDate(gazette, "on Wednesday", "2026-03-11", "on", "cut",
                "The Carrow central bank cut its main rate on Wednesday, its second cut this year.");
        run.date(gazette, "In January", "2026-01", "in", "cut",
                "In January the Carrow central bank made its first cut to its main rate in four years.");
        run.date(times, "on March 11", "2026-03-11", "on", "cut",
                "The Carrow central bank cut its main rate on March 11.");
        DocumentInfo herald = run.document("herald.md", "2026-03-17");
        run.relativeDate(herald, "on Friday", "2026-03-13", "on", "cut",
                "The Carrow central bank cut its main rate on Friday, traders said.");

        assertThat(run.check()).isEmpty();
    }

    @Test
    void theDateOfAWireDatelineDatesNoEvent() {
        run.date(gazette, "on Tuesday, March 10", "2026-03-10", "on", "kill",
                "A coach plunged into a ravine at Hallow Gap on Tuesday, March 10, killing 14 passengers.");
        run.date(times, "March 16", "2026-03-16", null, "kill", "HALLOW GAP, March 16 (Tidewire) - A passenger "
                + "hurt when a coach plunged into a ravine at Hallow Gap has died, raising the toll to 15.");

        assertThat(run.check()).isEmpty();
    }

    @Test
    void aDateLongBeforeItsArticleDatesAnotherEventThanTheArticlesNews() {
        run.date(gazette, "on March 2", "2026-03-02", "on", "attack",
                "Storm Idris made landfall on the coast of Carrow on March 2, flattening sea walls.");
        run.date(times, "last March", "2025-03", null, "kill",
                "A storm killed eleven people on the coast of Carrow last March, flattening sea walls.");

        assertThat(run.check()).isEmpty();
    }

    @Test
    void aYearAloneDatesNoEventCloselyEnoughToBeCompared() {
        run.date(gazette, "in 2025", "2025", "in", "complete",
                "The levee at Esker Cross was completed in 2025, the council said.");
        run.date(times, "in 2024", "2024", "in", "complete",
                "The levee at Esker Cross was completed in 2024, the council said.");

        assertThat(run.check()).isEmpty();
    }

    @Test
    void thePeriodOfAFigureAStatisticCameDownFromIsNotThePeriodOfTheFigure() {
        String gazetteSentence = "Inflation in Calder eased to 2.9% in March, down from 3.4% in February, the office "
                + "said.";
        String timesSentence = "Inflation in Calder eased to 2.7% in March from 3.4% in February, the office said.";
        run.date(gazette, "in March", "2026-03", "in", "have", gazetteSentence);
        run.date(gazette, "in February", "2026-02", "in", "have", gazetteSentence);
        run.date(times, "in March", "2026-03", "in", "have", timesSentence);
        run.date(times, "in February", "2026-02", "in", "have", timesSentence);

        assertThat(run.check()).isEmpty();
    }

    @Test
    void aDeadlineIsNotComparedWithAPointInTime() {
        run.date(gazette, "by March 20", "2026-03-20", "by", "complete",
                "The levee at Esker Cross must be completed by March 20, the council said.");
        run.date(times, "on March 9", "2026-03-09", "on", "complete",
                "The levee at Esker Cross was completed on March 9, the council said.");

        assertThat(run.check()).isEmpty();
    }

    @Test
    void aQuotationOfTwoSentencesInAnotherMouthIsOneFinding() {
        run.quote(gazette, "We have not come here to flip a football club.", "Daniel Okafor-Reyes", 120,
                "\"We have not come here to flip a football club.");
        run.quote(gazette, "We have come to build one", "Daniel Okafor-Reyes", 120,
                "We have come to build one,\" Daniel Okafor-Reyes said.");
        run.quote(times, "We have not come here to flip a football club.", "Geoffrey Lumb", 310,
                "\"We have not come here to flip a football club.");
        run.quote(times, "We have come to build one", "Geoffrey Lumb", 310,
                "We have come to build one,\" Geoffrey Lumb told a supporters' forum.");
        run.quote(times, "Nobody is unaccounted for tonight", "Geoffrey Lumb", 420,
                "\"Nobody is unaccounted for tonight,\" Geoffrey Lumb added.");
        run.quote(gazette, "Nobody is unaccounted for tonight", "Daniel Okafor-Reyes", 200,
                "\"Nobody is unaccounted for tonight,\" Daniel Okafor-Reyes said.");

        assertThat(run.check()).extracting(Finding::rule, Finding::claims).containsExactlyInAnyOrder(
                tuple("quote-speaker-mismatch", List.of("c1", "c3")),
                tuple("quote-speaker-mismatch", List.of("c6", "c5")));
    }

    @Test
    void aQuotationPutInOneMouthAgainstSeveralIsReportedOnceAtTheOddOneOut() {
        String words = "If you are told to leave, leave.";
        run.quote(gazette, words, "Teresa Halvard", 40, "\"" + words + "\" Governor Teresa Halvard said.");
        AttributionClaim odd = run.quote(times, words, "Ramon Ibarra", 60, "\"" + words + "\" Ramon Ibarra said.");
        run.quote(run.document("post.md", "2026-03-18"), words, "Teresa Halvard", 80,
                "\"" + words + "\" Teresa Halvard told residents.");

        assertThat(run.check()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("quote-speaker-mismatch");
            assertThat(f.claims()).contains(odd.id());
            assertThat(f.message()).startsWith("\"If you are told to leave, leave.\" is attributed to Ramon Ibarra "
                    + "(times.md:2) but to Teresa Halvard");
        });
    }

    @Test
    void theSameWordsFromTwoSpeakersAreFlagged() {
        run.quote(gazette, "Nobody is unaccounted for tonight", "Owen Marsh", null,
                "\"Nobody is unaccounted for tonight,\" Owen Marsh said.");
        run.quote(times, "Nobody is unaccounted for tonight", "Alys Pennard", null,
                "\"Nobody is unaccounted for tonight,\" Alys Pennard said.");

        assertThat(run.check()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("quote-speaker-mismatch");
            assertThat(f.message()).isEqualTo("\"Nobody is unaccounted for tonight\" is attributed to Alys Pennard "
                    + "(times.md:2) but to Owen Marsh (gazette.md:1).");
        });
    }

    @Test
    void aChangedWordIsFoundWhenTheOtherWordsAreCommonAcrossTheArchive() {
        String said = "We have never seen anything like this in Harlby";
        run.quote(gazette, said, "Alys Pennard", null, "\"" + said + ",\" Pennard said.");
        run.quote(times, said.replace("never", "rarely"), "Alys Pennard", null,
                "\"" + said.replace("never", "rarely") + ",\" Pennard said.");
        for (int town = 0; town < 250; town++) {
            DocumentInfo other = run.document("other-" + town + ".md", "2026-03-15");
            String elsewhere = "We have never seen anything like this in Town" + town;
            run.quote(other, elsewhere, "Speaker " + town, null, "\"" + elsewhere + ",\" the official said.");
        }

        assertThat(run.check()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("misquote");
            assertThat(f.message()).isEqualTo("Alys Pennard is quoted with «rarely» in times.md:2 where gazette.md:1 "
                    + "has «never».");
        });
    }

    @Test
    void alikeWordsAboutTwoPlacesAreTwoStatements() {
        run.quote(gazette, "Nobody should go back into Harlby until we say the river is safe", "Alys Pennard", null,
                "\"Nobody should go back into Harlby until we say the river is safe,\" Alys Pennard said.");
        run.quote(times, "Nobody should go back into Wendover until we say the river is safe", "Owen Marsh", null,
                "\"Nobody should go back into Wendover until we say the river is safe,\" Owen Marsh said.");

        assertThat(run.check()).isEmpty();
    }

    @Test
    void spellingVariantsOfOneNameAreTheSameSpeaker() {
        run.quote(gazette, "Nobody is unaccounted for tonight", "Volodymyr Zelensky", null,
                "\"Nobody is unaccounted for tonight,\" Volodymyr Zelensky said.");
        run.quote(times, "Nobody is unaccounted for tonight", "Volodymyr Zelenskyy", null,
                "\"Nobody is unaccounted for tonight,\" Volodymyr Zelenskyy said.");

        assertThat(run.check()).isEmpty();
    }

    @Test
    void aChangedWordInsideTheQuotationMarksIsAMisquote() {
        run.quote(gazette, "The defences held for six hours, and then they simply gave way", "Alys Pennard", null,
                "\"The defences held for six hours, and then they simply gave way,\" Pennard said.");
        run.quote(times, "The defences held for two hours, and then they simply gave way", "Alys Pennard", null,
                "\"The defences held for two hours, and then they simply gave way,\" Pennard said.");

        assertThat(run.check()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("misquote");
            assertThat(f.message()).isEqualTo("Alys Pennard is quoted with «two» in times.md:2 where gazette.md:1 "
                    + "has «six».");
        });
    }

    @Test
    void aChangedQuotationIsReportedOnceAgainstTheWordsMostArticlesGive() {
        String said = "The defences held for six hours, and then they simply gave way";
        run.quote(gazette, said.replace("six", "two"), "Alys Pennard", null,
                "\"" + said.replace("six", "two") + ",\" Pennard said.");
        run.quote(times, said, "Alys Pennard", null, "\"" + said + ",\" Pennard said.");
        DocumentInfo ledger = run.document("ledger.md", "2026-03-17");
        run.quote(ledger, said, "Alys Pennard", null, "\"" + said + ",\" Alys Pennard told reporters.");

        assertThat(run.check()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("misquote");
            assertThat(f.message()).isEqualTo("Alys Pennard is quoted with «two» in gazette.md:1 where times.md:2 "
                    + "has «six».");
        });
    }

    @Test
    void aTrimmedQuotationWithAChangedAdjectiveAndItsArticleIsAMisquote() {
        run.quote(gazette, "This is a responsible budget for an uncertain time.", "Helena Marsh", null,
                "\"This is a responsible budget for an uncertain time.\" Marsh said.");
        run.quote(times, "a responsible budget for a difficult time", "Helena Marsh", null,
                "Marsh called it \"a responsible budget for a difficult time\".");

        assertThat(run.check()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("misquote");
            assertThat(f.message()).isEqualTo("Helena Marsh is quoted with «difficult» in times.md:2 where "
                    + "gazette.md:1 has «uncertain».");
        });
    }

    @Test
    void anExcerptOfALongerQuotationIsNotAMisquote() {
        run.quote(gazette, "The defences held for six hours, and then they simply gave way", "Alys Pennard", null,
                "\"The defences held for six hours, and then they simply gave way,\" Pennard said.");
        run.quote(times, "they simply gave way", "Alys Pennard", null,
                "The defences \"simply gave way\", Pennard said.");

        assertThat(run.check()).isEmpty();
    }

    @Test
    void theSameStatementToTwoOutletsIsAnOutletMismatch() {
        run.quote(gazette, "We have never seen the river rise this fast", "Alys Pennard", "Riverside Gazette",
                "\"We have never seen the river rise this fast,\" Pennard told the Riverside Gazette.");
        run.quote(times, "We have never seen the river rise this fast", "Alys Pennard", "Northfield Times",
                "\"We have never seen the river rise this fast,\" Pennard told the Northfield Times.");

        assertThat(run.check()).singleElement()
                .satisfies(f -> assertThat(f.rule()).isEqualTo("attribution-outlet-mismatch"));
    }
}
