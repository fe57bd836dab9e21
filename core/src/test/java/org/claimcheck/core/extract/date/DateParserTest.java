package org.claimcheck.core.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {
    private final DateParser parser = new DateParser();

    private static String spanOf(String text, DateExpression expression) {
        return text.substring(expression.start(), expression.end());
    }

    @Test
    void monthDayWithPrepositionKeepsThePrepositionAsRelation() {
        String text = "Ukraine launched the attack on August 6.";
        List<DateExpression> found = parser.parse(text);

        assertThat(found).hasSize(1);
        assertThat(spanOf(text, found.get(0))).isEqualTo("on August 6");
        assertThat(found.get(0)).isEqualTo(new StatedDate(28, 39, "on", 0, 8, 6, null, Tense.UNKNOWN));
    }

    @Test
    void abbreviatedMonthsWithAndWithoutPeriod() {
        String text = "Troops moved on Aug. 6 and again on Sept 9.";
        List<DateExpression> found = parser.parse(text);

        assertThat(found).extracting(e -> spanOf(text, e)).containsExactly("on Aug. 6", "on Sept 9");
    }

    @Test
    void dayFirstOrdinalAndFullYearForms() {
        String text = "It began on the 20th of November, ended 6 August 2024 and resumed on November 20, 2024.";
        List<DateExpression> found = parser.parse(text);

        assertThat(found).extracting(e -> spanOf(text, e))
                .containsExactly("on the 20th of November", "6 August 2024", "on November 20, 2024");
        assertThat(found).extracting(e -> ((StatedDate) e).year()).containsExactly(0, 2024, 2024);
        assertThat(found).extracting(e -> ((StatedDate) e).day()).containsExactly(20, 6, 20);
    }

    @Test
    void monthAloneNeedsAPrepositionOrAModifier() {
        String text = "Sweden joined in March; fighting grew in early August, eased by mid-August and peaked last May.";
        List<DateExpression> found = parser.parse(text);

        assertThat(found).extracting(e -> spanOf(text, e))
                .containsExactly("in March", "in early August", "by mid-August", "last May");
        assertThat(found).extracting(e -> ((StatedDate) e).modifier())
                .containsExactly(Tense.UNKNOWN, Tense.UNKNOWN, Tense.UNKNOWN, Tense.PAST);
    }

    @Test
    void partOfAMonthKeepsTheWholePhrase() {
        String text = "Russia must withdraw by the end of March, or by end of April.";
        List<DateExpression> found = parser.parse(text);

        assertThat(found).extracting(e -> spanOf(text, e))
                .containsExactly("by the end of March", "by end of April");
        assertThat(found).extracting(e -> ((StatedDate) e).month()).containsExactly(3, 4);
    }

    @Test
    void monthWithYearAndIsoDate() {
        String text = "The law passed in March 2024 and took effect 2024-08-06.";
        List<DateExpression> found = parser.parse(text);

        assertThat(found).containsExactly(new StatedDate(15, 28, "in", 2024, 3, 0, null, Tense.UNKNOWN),
                new StatedDate(45, 55, null, 2024, 8, 6, null, Tense.UNKNOWN));
    }

    @Test
    void aYearAloneCountsAfterAPrepositionThatTiesItToItsEvent() {
        String text = "The war began in 2022; Sweden had been neutral since 2014, unlike in the 2009-2010 season or "
                + "the riots of 2019.";
        List<DateExpression> found = parser.parse(text);

        assertThat(found).containsExactly(new StatedDate(14, 21, "in", 2022, 0, 0, null, Tense.UNKNOWN),
                new StatedDate(47, 57, "since", 2014, 0, 0, null, Tense.UNKNOWN),
                new StatedDate(text.indexOf("2019"), text.indexOf("2019") + 4, null, 2019, 0, 0, null, Tense.UNKNOWN));
    }

    @Test
    void aFinancialYearAfterAPrepositionIsADateOfItsFirstYear() {
        String text = "A gap is due in 2027-28, as in 2021–2022, but not in 2024-26 or in 2019-20-21.";
        List<DateExpression> found = parser.parse(text);

        assertThat(found).containsExactly(
                new StatedDate(text.indexOf("in 2027"), text.indexOf("-28") + 3, "in", 2027, 0, 0, null,
                        Tense.UNKNOWN),
                new StatedDate(text.indexOf("in 2021"), text.indexOf("–2022") + 5, "in", 2021, 0, 0, null,
                        Tense.UNKNOWN));
    }

    @Test
    void aYearBeforeAWhenClauseIsADateAndOtherBareYearsAreNot() {
        String text = "The episode echoes 2021, when a recall hit six countries; 2021 figures and 2021, 2022 stay.";
        List<DateExpression> found = parser.parse(text);

        assertThat(found).containsExactly(
                new StatedDate(text.indexOf("2021"), text.indexOf("2021") + 4, null, 2021, 0, 0, null, Tense.UNKNOWN));
    }

    @Test
    void aYearBetweenTheAndANameDatesTheNamedEventButNotACount() {
        String text = "It is the largest since the 2019 Marrow Canyon Fire; the 2000 soldiers and the 2019 figures "
                + "stay.";
        List<DateExpression> found = parser.parse(text);

        assertThat(found).containsExactly(
                new StatedDate(text.indexOf("2019"), text.indexOf("2019") + 4, null, 2019, 0, 0, null, Tense.UNKNOWN));
    }

    @Test
    void relativeYearAfterADateJoinsIt() {
        String text = "He wants to achieve this by January 20 next year.";
        List<DateExpression> found = parser.parse(text);

        assertThat(found).hasSize(1);
        assertThat(spanOf(text, found.get(0))).isEqualTo("by January 20 next year");
        assertThat(((StatedDate) found.get(0)).yearOffset()).isEqualTo(1);
    }

    @Test
    void weekdayBeforeAFullDateJoinsIt() {
        String text = "The attack came on Friday, September 29, 2023 at dawn.";
        List<DateExpression> found = parser.parse(text);

        assertThat(found).containsExactly(new StatedDate(16, 45, "on", 2023, 9, 29, null, Tense.UNKNOWN));
    }

    @Test
    void weekdaysWithPrepositionModifierOrAfterAVerb() {
        String text = "Kirby spoke on Monday, Kuleba said Tuesday, and they meet next Friday, not last Sunday.";
        List<DateExpression> found = parser.parse(text);

        assertThat(found).extracting(e -> spanOf(text, e))
                .containsExactly("on Monday", "Tuesday", "next Friday", "last Sunday");
        assertThat(found).extracting(e -> ((WeekdayDate) e).weekday())
                .containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.FRIDAY, DayOfWeek.SUNDAY);
        assertThat(found).extracting(e -> ((WeekdayDate) e).modifier())
                .containsExactly(Tense.UNKNOWN, Tense.UNKNOWN, Tense.FUTURE, Tense.PAST);
    }

    @Test
    void relativePeriods() {
        String text = "Yesterday the town fell; two days ago a bridge, earlier this month a dam, last week a road, "
                + "and since last year 3 villages, not counting today.";
        List<DateExpression> found = parser.parse(text);

        assertThat(found).extracting(e -> spanOf(text, e)).containsExactly("Yesterday", "two days ago",
                "earlier this month", "last week", "since last year", "today");
        assertThat(found).extracting(e -> ((RelativeDate) e).unit()).containsExactly(ChronoUnit.DAYS,
                ChronoUnit.DAYS, ChronoUnit.MONTHS, ChronoUnit.WEEKS, ChronoUnit.YEARS, ChronoUnit.DAYS);
        assertThat(found).extracting(e -> ((RelativeDate) e).offset()).containsExactly(-1, -2, 0, -1, -1, 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The 2022 floods were worse.",
        "Flight 2014 landed late.",
        "The briefing starts at 5:00 PM.",
        "He may say more later.",
        "Organisers planned a march on Kyiv.",
        "They will march on Kyiv.",
        "It was an august body of diplomats.",
        "March on Kyiv, the protesters shouted.",
        "Theresa May spoke to reporters.",
        "The form gave February 30 as the date.",
        "It happened on 31 April.",
        "The market opens every Tuesday and on a Friday.",
        "Tuesday is market day.",
        "They met again the following Monday.",
        "The offensive covered the last week of July.",
        "Over the next year prices rose.",
        "Some 6,000 troops arrived by 6pm.",
        "The census counted August 6,000 times.",
        "Listen to Russia Today for the Kremlin line.",
        "It was signed 2024-13-06 by mistake.",
        "The field read 0000-08-06.",
    })
    void findsNothingThatIsNotADate(String text) {
        assertThat(parser.parse(text)).isEmpty();
    }
}
