package org.claimcheck.core.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.claimcheck.core.model.Dimension;
import org.claimcheck.core.model.Qualifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityScannerTest {
    private final QuantityScanner scanner = new QuantityScanner();

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            They took nearly 400 square miles of land. | nearly 400 square miles | 400 | 400 | NEARLY | AREA | mi2
            An area of almost 400 sq mi was taken. | almost 400 sq mi | 400 | 400 | NEARLY | AREA | mi2
            Roughly 1,000 square kilometres fell. | Roughly 1,000 square kilometres | 1000 | 1000 | APPROXIMATELY | AREA | km2
            The park covers 250 km² now. | 250 km² | 250 | 250 | EXACT | AREA | km2
            Fires burned 5,000 hectares. | 5,000 hectares | 5000 | 5000 | EXACT | AREA | ha
            The farm has 40 acres. | 40 acres | 40 | 40 | EXACT | AREA | acre
            Police sealed a 5-square-kilometre zone. | 5-square-kilometre | 5 | 5 | EXACT | AREA | km2
            It is a 3-square-mile park. | 3-square-mile | 3 | 3 | EXACT | AREA | mi2
            It has a 2-cubic-metre tank. | 2-cubic-metre | 2 | 2 | EXACT | VOLUME | m3
            The column stretched 12 km along the road. | 12 km | 12 | 12 | EXACT | LENGTH | km
            It flew 300 miles. | 300 miles | 300 | 300 | EXACT | LENGTH | mi
            The wall is 800 metres long. | 800 metres | 800 | 800 | EXACT | LENGTH | m
            They seized 2 tonnes of cocaine. | 2 tonnes | 2 | 2 | EXACT | MASS | t
            The bomb held 250 kg of explosives. | 250 kg | 250 | 250 | EXACT | MASS | kg
            The United States has spent $ 2.5 billion. | $ 2.5 billion | 2.5e9 | 2.5e9 | EXACT | MONEY | USD
            A package of $3.5bn was approved. | $3.5bn | 3.5e9 | 3.5e9 | EXACT | MONEY | USD
            The club paid €40m for him. | €40m | 4.0e7 | 4.0e7 | EXACT | MONEY | EUR
            The council closed a $61-million deficit. | $61-million | 6.1e7 | 6.1e7 | EXACT | MONEY | USD
            It passed a $2.84-billion budget. | $2.84-billion | 2.84e9 | 2.84e9 | EXACT | MONEY | USD
            It cost £1.2 million to build. | £1.2 million | 1.2e6 | 1.2e6 | EXACT | MONEY | GBP
            Aid worth US$300 million arrived. | US$300 million | 3.0e8 | 3.0e8 | EXACT | MONEY | USD
            They paid 2 million dollars. | 2 million dollars | 2.0e6 | 2.0e6 | EXACT | MONEY | USD
            Brussels pledged 50 billion euros. | 50 billion euros | 5.0e10 | 5.0e10 | EXACT | MONEY | EUR
            A fine of 2 million pounds was imposed. | 2 million pounds | 2.0e6 | 2.0e6 | EXACT | MONEY | GBP
            The deficit reached 14.2 billion crowns. | 14.2 billion crowns | 1.42e10 | 1.42e10 | EXACT | MONEY | crown
            Warsaw set aside 3 billion zlotys. | 3 billion zlotys | 3.0e9 | 3.0e9 | EXACT | MONEY | PLN
            A ticket costs 450 pesos. | 450 pesos | 450 | 450 | EXACT | MONEY | peso
            The parcel weighed 20 pounds. | 20 pounds | 20 | 20 | EXACT | MASS | lb
            Candy costs 4 cents here. | 4 cents | 0.04 | 0.04 | EXACT | MONEY | USD
            Inflation reached 12%. | 12% | 12 | 12 | EXACT | PERCENT | percent
            Turnout was 12 per cent. | 12 per cent | 12 | 12 | EXACT | PERCENT | percent
            Support fell to 12 percent. | 12 percent | 12 | 12 | EXACT | PERCENT | percent
            Between 10 and 15 people died. | Between 10 and 15 | 10 | 15 | EXACT | COUNT | -
            Some 10 to 15 buses burned. | Some 10 to 15 | 10 | 15 | APPROXIMATELY | COUNT | -
            Police counted 10-15 cars. | 10-15 | 10 | 15 | EXACT | COUNT | -
            It would cost 10 to 15 million dollars. | 10 to 15 million dollars | 1.0e7 | 1.5e7 | EXACT | MONEY | USD
            More than 1,300 tanks massed. | More than 1,300 | 1300 | 1300 | MORE_THAN | COUNT | -
            The signing takes its spending past £280m. | past £280m | 2.8e8 | 2.8e8 | MORE_THAN | MONEY | GBP
            Sales rose over the past 12 months. | 12 months | 12 | 12 | EXACT | DURATION | month
            Over 200 people came. | Over 200 | 200 | 200 | MORE_THAN | COUNT | -
            At least 18 died. | At least 18 | 18 | 18 | MORE_THAN | COUNT | -
            Upwards of 300 were held. | Upwards of 300 | 300 | 300 | MORE_THAN | COUNT | -
            Damage in excess of $5 million was done. | in excess of $5 million | 5.0e6 | 5.0e6 | MORE_THAN | MONEY | USD
            Fewer than 50 remained. | Fewer than 50 | 50 | 50 | LESS_THAN | COUNT | -
            Less than 2% voted. | Less than 2% | 2 | 2 | LESS_THAN | PERCENT | percent
            Under 30 attended. | Under 30 | 30 | 30 | LESS_THAN | COUNT | -
            Up to 500 may have fled. | Up to 500 | 500 | 500 | LESS_THAN | COUNT | -
            The fare will go up to $3.60 next year. | $3.60 | 3.6 | 3.6 | EXACT | MONEY | USD
            At most 20 were there. | At most 20 | 20 | 20 | LESS_THAN | COUNT | -
            As many as 8,000 jobs are at risk. | As many as 8,000 | 8000 | 8000 | LESS_THAN | COUNT | -
            No more than 20 were there. | No more than 20 | 20 | 20 | LESS_THAN | COUNT | -
            About 150 arrived. | About 150 | 150 | 150 | APPROXIMATELY | COUNT | -
            Around 50 were killed. | Around 50 | 50 | 50 | APPROXIMATELY | COUNT | -
            Some 900 tanks massed. | Some 900 | 900 | 900 | APPROXIMATELY | COUNT | -
            An estimated 5,000 fled. | An estimated 5,000 | 5000 | 5000 | APPROXIMATELY | COUNT | -
            Approximately 70 were held. | Approximately 70 | 70 | 70 | APPROXIMATELY | COUNT | -
            Close to 400 were held. | Close to 400 | 400 | 400 | NEARLY | COUNT | -
            Just under 400 were held. | Just under 400 | 400 | 400 | NEARLY | COUNT | -
            They sent 10 tanks or more. | 10 | 10 | 10 | EXACT | COUNT | -
            They sent 10 or more tanks. | 10 or more | 10 | 10 | MORE_THAN | COUNT | -
            They waited 45 minutes. | 45 minutes | 45 | 45 | EXACT | DURATION | min
            A 10-day truce began. | 10-day | 10 | 10 | EXACT | DURATION | day
            Eighteen soldiers died. | Eighteen | 18 | 18 | EXACT | COUNT | -
            Twenty-eight were hurt. | Twenty-eight | 28 | 28 | EXACT | COUNT | -
            Five hundred troops arrived. | Five hundred | 500 | 500 | EXACT | COUNT | -
            It held seven hundred and seventeen seats. | seven hundred and seventeen | 717 | 717 | EXACT | COUNT | -
            A dozen boats sank. | A dozen | 12 | 12 | EXACT | COUNT | -
            Half a dozen boats sank. | Half a dozen | 6 | 6 | EXACT | COUNT | -
            Just shy of half a dozen boats sank. | Just shy of half a dozen | 6 | 6 | NEARLY | COUNT | -
            The talks, held over many long weeks, cost in excess of US $ 300 million. | in excess of US $ 300 million | 3.0e8 | 3.0e8 | MORE_THAN | MONEY | USD
            More than a dozen NATO countries sent advisers. | More than a dozen | 12 | 12 | MORE_THAN | COUNT | -
            Dozens of troops moved north. | Dozens | 24 | 24 | MORE_THAN | COUNT | -
            Hundreds were arrested. | Hundreds | 200 | 200 | MORE_THAN | COUNT | -
            Thousands marched. | Thousands | 2000 | 2000 | MORE_THAN | COUNT | -
            Tens of thousands marched. | Tens of thousands | 20000 | 20000 | MORE_THAN | COUNT | -
            Nearly thousands marched. | Nearly thousands | 2000 | 2000 | NEARLY | COUNT | -
            They walked one and one-half miles. | one and one-half miles | 1.5 | 1.5 | EXACT | LENGTH | mi
            Two and a half million people fled. | Two and a half million | 2.5e6 | 2.5e6 | EXACT | COUNT | -
            It cost 1,783.9million in total. | 1,783.9million | 1.7839e9 | 1.7839e9 | EXACT | COUNT | -
            The border is 2.5 km away. | 2.5 km | 2.5 | 2.5 | EXACT | LENGTH | km
            The costs were 4$ each. | 4$ | 4 | 4 | EXACT | MONEY | USD
            The bonus was $5k a head. | $5k | 5000 | 5000 | EXACT | MONEY | USD
            She won the 400m race. | 400m | 400 | 400 | EXACT | LENGTH | m
            He bought a $1000 television. | $1000 | 1000 | 1000 | EXACT | MONEY | USD
            They waited forty five minutes. | forty five minutes | 45 | 45 | EXACT | DURATION | min
            Ten per cent voted. | Ten per cent | 10 | 10 | EXACT | PERCENT | percent
            The flood killed 2000 people. | 2000 | 2000 | 2000 | EXACT | COUNT | -
            About 2000 came. | About 2000 | 2000 | 2000 | APPROXIMATELY | COUNT | -
            The low was -12 degrees Celsius. | -12 degrees Celsius | -12 | -12 | EXACT | TEMPERATURE | degC
            The low was minus 12 degrees Celsius. | minus 12 degrees Celsius | -12 | -12 | EXACT | TEMPERATURE | degC
            Roads froze at −3°C overnight. | −3°C | -3 | -3 | EXACT | TEMPERATURE | degC
            It fell to about -4 °F. | about -4 °F | -4 | -4 | APPROXIMATELY | TEMPERATURE | degF
            Output changed by -3.5% last year. | -3.5% | -3.5 | -3.5 | EXACT | PERCENT | percent
            Some -5 people came. | 5 | 5 | 5 | EXACT | COUNT | -
            It cost -$5 million. | $5 million | 5.0e6 | 5.0e6 | EXACT | MONEY | USD
            The range was 10-12 degrees Celsius. | 10-12 degrees Celsius | 10 | 12 | EXACT | TEMPERATURE | degC
            The council voted 6-3 to shut the pool. | 6-3 | 6 | 3 | EXACT | TALLY | vote
            It came in a 4–1 decision on Friday. | 4–1 | 4 | 1 | EXACT | TALLY | vote
            The amendment failed 3-6. | 3-6 | 3 | 6 | EXACT | TALLY | vote
            """)
    void readsOneQuantity(String sentence, String span, double value, double upper, Qualifier qualifier,
                          Dimension dimension, String unit) {
        List<ScannedQuantity> found = scanner.scan(sentence);

        assertThat(found).hasSize(1);
        ScannedQuantity quantity = found.get(0);
        assertThat(sentence.substring(quantity.start(), quantity.end())).isEqualTo(span);
        assertThat(quantity.value()).isCloseTo(value, within(1e-6 * Math.abs(value)));
        assertThat(quantity.upper()).isCloseTo(upper, within(1e-6 * Math.abs(upper)));
        assertThat(quantity.qualifier()).isEqualTo(qualifier);
        assertThat(quantity.dimension()).isEqualTo(dimension);
        assertThat(quantity.unit()).isEqualTo(unit);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "It was the third time they tried.",
        "This is the first place they looked.",
        "They did it once, maybe twice.",
        "One of our intercepts shows it.",
        "No one was hurt.",
        "She is the one who called.",
        "They respect one another.",
        "The jets are F-16 and Su-34 models, with MiG-29 and T-72 too.",
        "COVID-19 and Covid19 spread.",
        "The G7 met; A4 paper; 5G networks.",
        "Sunday, November 24, 2024 5:00:20 PM",
        "It ended at 2.15pm and began at 10am.",
        "They met at 10 am.",
        "In 2022 the war began, and since 2014 it simmered.",
        "The 2024 elections were close.",
        "In 2022 troops crossed the border.",
        "Results for 2023 are out.",
        "The 2023/24 season and the 2012–13 season.",
        "It started on August 6.",
        "It started on 6 August.",
        "It started on Aug. 6 and ended on the 20th of November.",
        "It started on the 6 of August.",
        "Friday, September 29, 2023",
        "The 1990s were calm.",
        "Call +1 555 0100 today.",
        "Call 020 7946 0958 today.",
        "See page 5 and p. 7 of the report.",
        "It invoked Article 5 and Resolution 2231.",
        "1. The first point.",
        "1 2 3 9,595",
        "They wrote 1 036 there.",
        "The XNUMX was lost.",
        "A mix of people came.",
        "The final score was close.",
        "Flight 17 was downed.",
        "It happened on Feb 29, 2015.",
        "They won 3-1 at home.",
        "Call 555-123-4567 now.",
        "Patients should call 111 or dial 999.",
        "Councillor Ana Reyes represents Ward 6.",
        "Most of them were people over 75 who lived alone.",
        "A man aged 64 and patients under five were treated.",
        "Children aged five to 14 and a child under five were ill.",
        "Pupils aged between five and 14, babies younger than one and anyone at age 65 qualify.",
        "Both doses are due by the age of five.",
    })
    void findsNoQuantity(String sentence) {
        assertThat(scanner.scan(sentence)).isEmpty();
    }

    @Test
    void aCountJoinedToAnAgeByAndIsStillACount() {
        String sentence = "Of the cases, 92 are children under the age of five and 71 are aged between five and 14.";

        List<ScannedQuantity> found = scanner.scan(sentence);

        assertThat(found).extracting(q -> sentence.substring(q.start(), q.end())).containsExactly("92", "71");
    }

    @Test
    void hyphenatedMachineTranslationArtefactIsNoNumber() {
        String sentence = "more than 100,000 XNUMX troops were stationed there";

        List<ScannedQuantity> found = scanner.scan(sentence);

        assertThat(found).extracting(q -> sentence.substring(q.start(), q.end()))
                .containsExactly("more than 100,000");
    }

    @Test
    void readsEveryQuantityOfAListInOrder() {
        String sentence = "more than 1,300 tanks, 1,800 pieces of ammunition and 40 km of trenches";

        List<ScannedQuantity> found = scanner.scan(sentence);

        assertThat(found).extracting(q -> sentence.substring(q.start(), q.end()))
                .containsExactly("more than 1,300", "1,800", "40 km");
    }

    @Test
    void convertsMeasuresToBaseUnits() {
        ScannedQuantity area = scanner.scan("nearly 400 square miles").get(0);
        ScannedQuantity hectares = scanner.scan("120 hectares").get(0);
        ScannedQuantity miles = scanner.scan("10 miles").get(0);
        ScannedQuantity tonnes = scanner.scan("3 tonnes").get(0);

        assertThat(area.baseValue()).isCloseTo(1_035_995_244.1344, within(1e-3));
        assertThat(hectares.baseValue()).isCloseTo(1_200_000, within(1e-6));
        assertThat(miles.baseValue()).isCloseTo(16_093.44, within(1e-6));
        assertThat(tonnes.baseValue()).isCloseTo(3000, within(1e-9));
    }

    @Test
    void spelledOneNeedsANounButDigitsDoNot() {
        assertThat(scanner.scan("one civilian was hurt").get(0).requiresNoun()).isTrue();
        assertThat(scanner.scan("1 civilian was hurt").get(0).requiresNoun()).isFalse();
    }

    @Test
    void theNumberAfterFromIsNoRange() {
        String sentence = "The toll rose from 18 to 21.";

        List<ScannedQuantity> found = scanner.scan(sentence);

        assertThat(found).extracting(q -> sentence.substring(q.start(), q.end())).containsExactly("18", "21");
        assertThat(found).allMatch(q -> !q.isCount() || q.value() == q.upper());
    }

    @Test
    void aRangeThatFallsOnceItsScalesAreAppliedIsTwoNumbers() {
        String sentence = "Estimates ran between $2.5bn and $340m, or 5 million to 300 thousand people.";

        List<ScannedQuantity> found = scanner.scan(sentence);

        assertThat(found).extracting(q -> sentence.substring(q.start(), q.end()))
                .containsExactly("$2.5bn", "$340m", "5 million", "300 thousand");
        assertThat(found).extracting(ScannedQuantity::value).containsExactly(2.5e9, 3.4e8, 5e6, 3e5);
        assertThat(found).allMatch(q -> q.upper() == q.value());
    }

    @Test
    void aNumberScaledOrConvertedPastTheRangeOfADoubleIsNoQuantity() {
        String huge = "9".repeat(306);
        String sentence = "It cost $" + huge + " trillion, covered " + huge + " square miles and 7 people.";

        List<ScannedQuantity> found = scanner.scan(sentence);

        assertThat(found).extracting(q -> sentence.substring(q.start(), q.end())).containsExactly("7");
    }

    @Test
    void scansLongInputInLinearTime() {
        String sentence = "about 1,300 tanks, ".repeat(20_000) + "nearly " + "9".repeat(50_000);

        long started = System.nanoTime();
        List<ScannedQuantity> found = scanner.scan(sentence);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(found).hasSize(20_000);
        assertThat(millis).isLessThan(2_000);
    }
}
