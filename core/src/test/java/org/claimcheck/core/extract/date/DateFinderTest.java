package org.claimcheck.core.extract.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcheck.core.extract.date.ArticleFixture.article;

import java.time.LocalDate;
import java.util.List;

import org.claimcheck.core.model.DateClaim;
import org.claimcheck.core.model.EventContext;
import org.claimcheck.core.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateFinderTest {
    /** A Friday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 8, 16);

    private final DateFinder finder = new DateFinder();

    private DateClaim only(String text, LocalDate published) {
        List<DateClaim> claims = finder.find(article(text, published));
        assertThat(claims).hasSize(1);
        return claims.get(0);
    }

    @ParameterizedTest(name = "{0} -> {1} = {2}")
    @CsvSource(delimiter = '|', value = {
        "Ukrainian troops crossed into Kursk on August 6.|on August 6|2024-08-06|on",
        "Ukrainian troops crossed into Kursk on Aug. 6.|on Aug. 6|2024-08-06|on",
        "Ukrainian troops crossed into Kursk on Aug 6.|on Aug 6|2024-08-06|on",
        "Ukrainian troops crossed into Kursk on 6 August.|on 6 August|2024-08-06|on",
        "Ukrainian troops crossed into Kursk on August 6th.|on August 6th|2024-08-06|on",
        "Kyiv has held the town since August 6.|since August 6|2024-08-06|since",
        "The summit opened on the 20th of November.|on the 20th of November|2023-11-20|on",
        "The summit opens on the 20th of November.|on the 20th of November|2024-11-20|on",
        "The treaty was signed on 20 November 2021.|on 20 November 2021|2021-11-20|on",
        "The treaty was signed on November 20, 2021.|on November 20, 2021|2021-11-20|on",
        "Sweden joined the alliance in March.|in March|2024-03|in",
        "Sweden joined the alliance in March 2024.|in March 2024|2024-03|in",
        "Fighting intensified in early August.|in early August|2024-08|in",
        "The talks will resume on January 20 next year.|on January 20 next year|2025-01-20|on",
        "Putin ordered his generals to push them out by January 20.|by January 20|2025-01-20|by",
        "Putin wants the troops pushed out of the region before January 20.|before January 20|2025-01-20|before",
        "The troops should be ousted from the region by January 20.|by January 20|2025-01-20|by",
        "The troops were ousted from the region by January 20.|by January 20|2024-01-20|by",
        "Rail services have been suspended until at least August 21.|August 21|2024-08-21|",
        "The leaders pledged aid and demanded that Calder pull its troops out of Esker province by September 15."
                + "|by September 15|2024-09-15|by",
        "The road has been closed until August 21.|until August 21|2024-08-21|until",
        "The gang has given the hospital until midnight on August 21 to pay.|on August 21|2024-08-21|on",
        "Talks will go on, after the minister set out the plan to lawmakers on 12 August.|on 12 August|2024-08-12|on",
        "The report is dated 2024-08-06.|2024-08-06|2024-08-06|",
        "U.S. officials told the newspaper on Tuesday.|on Tuesday|2024-08-13|on",
        "The minister will travel to Kyiv on Tuesday.|on Tuesday|2024-08-20|on",
        "Parents will pay more after the council voted on Wednesday night.|on Wednesday|2024-08-14|on",
        "Schools will get more money under the budget Helga Brandt presented on August 12."
                + "|on August 12|2024-08-12|on",
        "Zelensky is due to address the assembly on Tuesday.|on Tuesday|2024-08-20|on",
        "On Tuesday, Zelensky is set to address the assembly.|On Tuesday|2024-08-20|on",
        "The offensive started last week.|last week|2024-08|",
        "Prices rose sharply last month.|last month|2024-07|",
        "Russia has gained more land this year.|this year|2024|",
        "Russia gained more land last year.|last year|2023|",
        "The convoy arrived yesterday.|yesterday|2024-08-15|",
        "The convoy arrives today.|today|2024-08-16|",
        "Shelling resumed earlier this month.|earlier this month|2024-08|",
        "The village fell two days ago.|two days ago|2024-08-14|",
        "The attack came on Friday, September 29, 2023.|on Friday, September 29, 2023|2023-09-29|on",
    })
    void findsAndResolvesEachForm(String sentence, String span, String iso, String relation) {
        DateClaim claim = only(sentence, PUBLISHED);

        assertThat(claim.mention().text()).isEqualTo(span);
        assertThat(claim.value()).hasToString(iso);
        assertThat(claim.relation()).isEqualTo(relation);
        assertThat(claim.reference()).isEqualTo(PUBLISHED);
        assertThat(claim.id()).isEmpty();
        assertThat(claim.context()).isEqualTo(EventContext.empty());
    }

    @Test
    void flagsInferredYearsAndRelativeDates() {
        DateClaim inferred = only("Troops crossed the border on August 6.", PUBLISHED);
        DateClaim relative = only("Troops crossed the border on Tuesday.", PUBLISHED);
        DateClaim stated = only("Troops crossed the border on August 6, 2024.", PUBLISHED);

        assertThat(List.of(inferred.yearInferred(), inferred.relative())).containsExactly(true, false);
        assertThat(List.of(relative.yearInferred(), relative.relative())).containsExactly(false, true);
        assertThat(List.of(stated.yearInferred(), stated.relative())).containsExactly(false, false);
    }

    @Test
    void spansPointIntoTheFileAfterFrontMatter() {
        String file = "---\ntitle: Kursk\n---\n\nThe strike came on November 20.\nIt killed 18 soldiers.\n";
        int bodyStart = file.indexOf("The strike");
        List<DateClaim> claims = finder.find(article(file, bodyStart, LocalDate.of(2024, 11, 24)));

        assertThat(claims).hasSize(1);
        int start = file.indexOf("on November 20");
        assertThat(claims.get(0).mention().span()).isEqualTo(new Span(start, start + 14, 5, 17));
        assertThat(claims.get(0).mention().text()).isEqualTo("on November 20");
        assertThat(claims.get(0).mention().sentence()).isEqualTo("The strike came on November 20.");
        assertThat(claims.get(0).value()).hasToString("2024-11-20");
    }

    @Test
    void keepsEveryDateOfASentenceInOrder() {
        List<DateClaim> claims = finder.find(article(
                "Troops advanced from August 6 until August 12, then dug in before the 20th.", PUBLISHED));

        assertThat(claims).extracting(claim -> claim.mention().text())
                .containsExactly("from August 6", "until August 12");
        assertThat(claims).extracting(DateClaim::relation).containsExactly("from", "until");
    }

    @Test
    void withoutAPublicationDateOnlyDatesWithAYearAreClaims() {
        List<DateClaim> claims = finder.find(article(
                "Troops crossed on August 6, 2024, again on August 9 and yesterday.", null));

        assertThat(claims).hasSize(1);
        assertThat(claims.get(0).value()).hasToString("2024-08-06");
        assertThat(claims.get(0).reference()).isNull();
    }

    @Test
    void findsNoDatesInBareYearsTimesAndMonthWordsThatAreNotDates() {
        String text = "The 2022 floods were worse. Flight 2014 landed late. The briefing starts at 5:00 PM.\n"
                + "He may say more. Organisers planned a march on Kyiv. It was an august body.\n"
                + "The form gave February 30 and 31 April.";

        assertThat(finder.find(article(text, PUBLISHED))).isEmpty();
    }
}
