package org.claimcheck.core.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;

import org.claimcheck.core.model.Amount;
import org.claimcheck.core.model.CountedNoun;
import org.claimcheck.core.model.Dimension;
import org.claimcheck.core.model.EventContext;
import org.claimcheck.core.model.Qualifier;
import org.claimcheck.core.model.QuantityClaim;
import org.junit.jupiter.api.Test;

class QuantityFinderTest {
    private static final QuantityFinder FINDER = new QuantityFinder();

    private static List<QuantityClaim> find(String text) {
        return FINDER.find(Texts.analyzed("a.txt", text));
    }

    private static QuantityClaim only(String text) {
        List<QuantityClaim> claims = find(text);
        assertThat(claims).hasSize(1);
        return claims.get(0);
    }

    @Test
    void readsTheCountedNounWithItsModifiers() {
        QuantityClaim claim = only("The strike killed 18 Russian military personnel, including a general.");

        assertThat(claim.mention().text()).isEqualTo("18 Russian military personnel");
        assertThat(claim.noun()).isEqualTo(new CountedNoun("Russian military personnel", "personnel",
                List.of("Russian", "military")));
        assertThat(claim.amount()).isEqualTo(new Amount(18, 18, Qualifier.EXACT, Dimension.COUNT, "personnel", 18, 18));
        assertThat(claim.id()).isEmpty();
        assertThat(claim.context()).isEqualTo(EventContext.empty());
    }

    @Test
    void locatesTheClaimInTheFileWithLineAndColumn() {
        String text = "Headline\n\nOfficials said more than 1,300 tanks were seen.\n";

        QuantityClaim claim = only(text);

        assertThat(claim.mention().span().start()).isEqualTo(text.indexOf("more than"));
        assertThat(claim.mention().span().end()).isEqualTo(text.indexOf(" were"));
        assertThat(claim.mention().span().line()).isEqualTo(3);
        assertThat(claim.mention().span().column()).isEqualTo(16);
        assertThat(claim.mention().sentence()).isEqualTo("Officials said more than 1,300 tanks were seen.");
        assertThat(claim.amount().unit()).isEqualTo("tank");
        assertThat(claim.amount().qualifier()).isEqualTo(Qualifier.MORE_THAN);
    }

    @Test
    void aMeasureBeforeANounMeasuresThatNounAndAClauseOpenerEndsIt() {
        QuantityClaim claim = only("Motorists face a 38-mile diversion while the road remains closed.");

        assertThat(claim.mention().text()).isEqualTo("38-mile");
        assertThat(claim.noun().head()).isEqualTo("diversion");
    }

    @Test
    void aParticipleBeforeANounIsPartOfTheCountedPhrase() {
        List<QuantityClaim> claims = find("More than 7,300 outpatient appointments and 460 planned operations have "
                + "been cancelled.");

        assertThat(claims).extracting(c -> c.noun().head()).containsExactly("appointment", "operation");
    }

    @Test
    void spelledHedgedCountTakesTheNounAfterIt() {
        QuantityClaim claim = only("More than a dozen NATO countries have military advisers in Ukraine.");

        assertThat(claim.mention().text()).isEqualTo("More than a dozen NATO countries");
        assertThat(claim.amount().value()).isEqualTo(12);
        assertThat(claim.noun().head()).isEqualTo("country");
        assertThat(claim.noun().modifiers()).containsExactly("NATO");
    }

    @Test
    void skipsTheArtefactInsideTheNounPhrase() {
        QuantityClaim claim = only("As of this week, more than 100,000 XNUMX troops were stationed there.");

        assertThat(claim.mention().text()).isEqualTo("more than 100,000 XNUMX troops");
        assertThat(claim.noun()).isEqualTo(new CountedNoun("troops", "troop", List.of()));
    }

    @Test
    void aClassifierCountsTheNounOfItsOfPhrase() {
        List<QuantityClaim> claims = find("They saw more than 1,300 tanks, 1,800 pieces of ammunition and missiles.");

        assertThat(claims).extracting(c -> c.mention().text())
                .containsExactly("more than 1,300 tanks", "1,800 pieces of ammunition");
        assertThat(claims.get(1).noun().head()).isEqualTo("ammunition");
        assertThat(claims.get(1).noun().phrase()).isEqualTo("pieces of ammunition");
    }

    @Test
    void headOfCattleCountsCattleButBatchesOfADrugAreBatches() {
        List<QuantityClaim> claims = find("At least 2,600 head of cattle drowned, and the firm recalled 37 batches of "
                + "its blood-pressure drug.");

        assertThat(claims).extracting(c -> c.mention().text())
                .containsExactly("At least 2,600 head of cattle", "37 batches");
        assertThat(claims).extracting(c -> c.noun().head()).containsExactly("cattle", "batch");
    }

    @Test
    void aBareNumberTakesTheNearestPluralNounBeforeIt() {
        List<QuantityClaim> claims = find("Several countries have military advisers in Ukraine, including 150 from "
                + "the U.S. Special Forces.");

        assertThat(claims).hasSize(1);
        assertThat(claims.get(0).mention().text()).isEqualTo("150");
        assertThat(claims.get(0).noun()).isEqualTo(new CountedNoun("military advisers", "adviser",
                List.of("military")));
    }

    @Test
    void ofAPronounRefersBackAndWidensTheSpan() {
        QuantityClaim claim = only("Advisers are on the ground, about 150 of them from U.S. Special Forces.");

        assertThat(claim.mention().text()).isEqualTo("about 150 of them");
        assertThat(claim.amount().qualifier()).isEqualTo(Qualifier.APPROXIMATELY);
        assertThat(claim.noun().head()).isEqualTo("adviser");
    }

    @Test
    void othersRefersBackToTheCountedNounBefore() {
        List<QuantityClaim> claims = find("The strike killed 18 Russian servicemen and wounded 45 others.");

        assertThat(claims).extracting(c -> c.mention().text()).containsExactly("18 Russian servicemen", "45 others");
        assertThat(claims).extracting(c -> c.amount().unit()).containsExactly("serviceman", "serviceman");
    }

    @Test
    void othersCountTheNounBeforeWithoutTheNumberThatOpensTheSentence() {
        List<QuantityClaim> claims = find("Seven people were killed and 31 others were taken to hospital.");

        assertThat(claims).extracting(c -> c.mention().text()).containsExactly("Seven people", "31 others");
        assertThat(claims).extracting(c -> c.noun().head(), c -> c.noun().modifiers())
                .containsExactly(tuple("people", List.of()), tuple("people", List.of()));
    }

    @Test
    void aWordAfterAHyphenInsideAModifierBelongsToIt() {
        QuantityClaim claim = only("The rise reaches nearly two million low-paid workers.");

        assertThat(claim.mention().text()).isEqualTo("nearly two million low-paid workers");
        assertThat(claim.noun().head()).isEqualTo("worker");
    }

    @Test
    void aNounWithApostropheSOpeningAPartitiveIsItsDeterminer() {
        QuantityClaim claim = only("Police arrested 300 of the country's protesters.");

        assertThat(claim.mention().text()).isEqualTo("300 of the country's protesters");
        assertThat(claim.noun().head()).isEqualTo("protester");
        assertThat(find("One month's figure can move around.")).isEmpty();
    }

    @Test
    void aPartitiveOfPhraseIsTheCountedNoun() {
        QuantityClaim claim = only("Dozens of troops and equipment moved north.");

        assertThat(claim.mention().text()).isEqualTo("Dozens of troops");
        assertThat(claim.amount().value()).isEqualTo(24);
        assertThat(claim.amount().qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(claim.noun().head()).isEqualTo("troop");
    }

    @Test
    void spelledOneCountsOnlyWithANoun() {
        assertThat(only("The governor reported that one civilian was injured.").mention().text())
                .isEqualTo("one civilian");
        assertThat(find("Nobody knows which one did it.")).isEmpty();
        assertThat(find("One of our intercepts reveals his pleas.")).isEmpty();
    }

    @Test
    void aNumberWithNoNounAndNoEarlierPluralHasNoUnit() {
        QuantityClaim claim = only("The toll has risen to 21, the ministry said.");

        assertThat(claim.mention().text()).isEqualTo("21");
        assertThat(claim.noun()).isEqualTo(CountedNoun.none());
        assertThat(claim.amount().unit()).isNull();
    }

    @Test
    void aWordOfPlaceAfterTheCountedNounSaysWhereTheyAre() {
        QuantityClaim claim = only("There were 212 miners underground when the roof came down.");

        assertThat(claim.mention().text()).isEqualTo("212 miners");
        assertThat(claim.noun().head()).isEqualTo("miner");
        assertThat(claim.amount().unit()).isEqualTo("miner");
    }

    @Test
    void aPercentageTotallingMeasuresTheNounBeforeIt() {
        List<QuantityClaim> claims = find("The union is seeking pay rises totalling 24% over four years.");

        assertThat(claims.get(0).mention().text()).isEqualTo("24%");
        assertThat(claims.get(0).noun().head()).isEqualTo("rise");
    }

    @Test
    void measuresKeepTheirUnitAndTakeTheOfPhraseAsNoun() {
        QuantityClaim claim = only("His forces had occupied nearly 400 square miles of Russian territory.");

        assertThat(claim.mention().text()).isEqualTo("nearly 400 square miles");
        assertThat(claim.amount().dimension()).isEqualTo(Dimension.AREA);
        assertThat(claim.amount().unit()).isEqualTo("mi2");
        assertThat(claim.amount().baseValue()).isEqualTo(1_035_995_244.1344, within(1e-3));
        assertThat(claim.noun().head()).isEqualTo("territory");
    }

    @Test
    void wattsAndWattHoursAreMeasuresOfPowerAndEnergy() {
        List<QuantityClaim> claims = find("Demand peaked at 48,760 megawatts, about 48.8 GW, and the plant's 350 kW "
                + "turbines gave 2.1 terawatt-hours, or 2,100 GWh, a year at a cost of 9 cents per kilowatt hour.");

        assertThat(claims).extracting(c -> c.mention().text(), c -> c.amount().dimension(), c -> c.amount().unit())
                .containsExactly(tuple("48,760 megawatts", Dimension.POWER, "MW"),
                        tuple("about 48.8 GW", Dimension.POWER, "GW"), tuple("350 kW", Dimension.POWER, "kW"),
                        tuple("2.1 terawatt-hours", Dimension.ENERGY, "TWh"),
                        tuple("2,100 GWh", Dimension.ENERGY, "GWh"), tuple("9 cents", Dimension.MONEY, "USD"));
        assertThat(claims.get(0).amount().baseValue()).isCloseTo(4.876e10, within(1.0));
        assertThat(claims.get(1).amount().baseValue()).isCloseTo(4.88e10, within(1.0));
        assertThat(claims.get(3).amount().baseValue()).isCloseTo(2.1e9 * 3.6e6, within(1e3));
        assertThat(claims.get(4).amount().baseValue()).isCloseTo(claims.get(3).amount().baseValue(), within(1e3));
    }

    @Test
    void millimetresInchesAndKnotsAreMeasures() {
        List<QuantityClaim> claims = find("A total of 112mm of rain fell, about 4.4 inches, in gusts of 35 knots.");

        assertThat(claims).extracting(c -> c.mention().text(), c -> c.amount().unit(), c -> c.noun().head())
                .containsExactly(tuple("112mm", "mm", "rain"), tuple("about 4.4 inches", "in", null),
                        tuple("35 knots", "kn", "gust"));
        assertThat(claims.get(0).amount().baseValue()).isCloseTo(0.112, within(1e-12));
        assertThat(claims.get(1).amount().baseValue()).isCloseTo(4.4 * 0.0254, within(1e-12));
        assertThat(claims.get(2).amount().baseValue()).isCloseTo(35 * 1852.0 / 3600, within(1e-9));
    }

    @Test
    void aHeightMeasuresTheSubjectOfItsLinkingVerbButNeverItsVerb() {
        List<QuantityClaim> claims = find("The river crested at 5.8 metres on Sunday. Its troops advanced 30 km.");

        assertThat(claims).extracting(c -> c.noun().head()).containsExactly("river", null);
    }

    @Test
    void aPercentageMeasuresWhatItsWordsSayItIsAShareOf() {
        List<QuantityClaim> claims = find("Turnout in the April 27 election was 61.4%. The union wants a 7.5 per cent "
                + "pay rise; employers offered a rise of 4 per cent. Marchetti took 48.6 percent of the vote. "
                + "Consumer prices rose by as much as 6.8 per cent. The ministry cut the province's immunisation "
                + "budget by 30%. It will grow 3.5 per cent next year.");

        assertThat(claims).extracting(c -> c.noun().head())
                .containsExactly("turnout", "rise", "rise", "vote", "price", "budget", null);
    }

    @Test
    void aPercentageMeasuresTheSubjectAcrossAPlaceAndAVerbTheTaggerTookForANoun() {
        List<QuantityClaim> claims = find("Home prices in Kaldoria rose 4.7% in the first quarter. Nationally, prices "
                + "rose 7.4 percent. The average price of a home in Veltrava fell 2.1%.");

        assertThat(claims).extracting(c -> c.noun().head()).containsExactly("price", "price", "price");
    }

    @Test
    void aMeasureAndItsRestatementInBracketsMeasureWhatFollowsTheBrackets() {
        List<QuantityClaim> claims = find("A landslide buried about 300 meters (980 feet) of the highway. Crews found "
                + "the bus about 60 meters (200 feet) downslope from the road.");

        assertThat(claims).extracting(c -> c.noun().head()).containsExactly("highway", "highway", "distance",
                "distance");
    }

    @Test
    void aSumChangedFromOneValueToAnotherMeasuresWhatChanged() {
        List<QuantityClaim> claims = find("The adult cash fare will rise from $3.25 to $3.60 on Feb. 1. A monthly "
                + "pass will go from $112 to $128. The last increase raised the cash fare from $3.00 to $3.25.");

        assertThat(claims).extracting(c -> c.noun().head())
                .containsExactly("fare", "fare", "pass", "pass", "fare", "fare");
    }

    @Test
    void aDurationMeasuresTheThingOrTheActItCompletes() {
        List<QuantityClaim> claims = find("Velk was sentenced to three and a half years in prison. Rail workers "
                + "began a 48-hour sympathy strike. Both sides have 15 days to appeal. His four-year sentence stands.");

        assertThat(claims).extracting(c -> c.noun().head()).containsExactly("sentence", "strike", null, "sentence");
        assertThat(claims.get(3).mention().text()).isEqualTo("four-year");
        assertThat(claims.get(3).amount().value()).isEqualTo(4);
    }

    @Test
    void moneyMeasuresWhatItsWordsSayAndABareNumberAfterAGroupGivesItsSize() {
        List<QuantityClaim> claims = find("The group reported a net loss of $312 million. Revenue fell 11.4% to "
                + "$4.82 billion. It booked a $410 million charge. The train carried 412 passengers and a crew of "
                + "six. Its net loss widened to $318 million.");

        assertThat(claims).extracting(c -> c.noun().head())
                .containsExactly("loss", "revenue", "revenue", "charge", "passenger", "crew", "loss");
    }

    @Test
    void aSubjectTheTaggerMistookWithItsVerbIsStillTheMeasure() {
        List<QuantityClaim> claims = find("In participants aged 80 and older, a smaller group of about 2,900 people, "
                + "efficacy fell to 67 percent. In participants aged 80 and older, efficacy fell to 67 percent.");

        assertThat(claims).filteredOn(c -> c.mention().text().equals("67 percent"))
                .extracting(c -> c.noun().head()).containsExactly("efficacy", "efficacy");
    }

    @Test
    void sharesThatFellOrSlidAreWhatTheirPercentageMeasures() {
        List<QuantityClaim> claims = find("Shares of Quillstream fell about 14% to $52.18 in extended trading. "
                + "Investors were unimpressed: the shares slid 12.3 percent after the bell.");

        assertThat(claims).filteredOn(c -> c.amount().dimension() == Dimension.PERCENT)
                .extracting(c -> c.noun().head()).containsExactly("share", "share");
    }

    @Test
    void aMeasureIsOfTheNounBeforeItsOfOfTheSubjectGoingUpAndOfWhatItComparesMore() {
        List<QuantityClaim> claims = find("Staff had projected a shortfall of nearly $28 million heading into budget "
                + "talks. Property taxes in Port Aldane are going up 5.9 per cent. Homeowners will pay nearly 5 per "
                + "cent more in property taxes next year.");

        assertThat(claims).extracting(c -> c.noun().head()).containsExactly("shortfall", "tax", "tax");
    }

    @Test
    void aSumIsWhatItsRecipientGetsOrWhatItsLabelNames() {
        List<QuantityClaim> claims = find("Transit receives $96 million, enough for 14 new electric buses.\n\n"
                + "Libraries: $31.5 million; all 11 branches stay open.");

        assertThat(claims).filteredOn(c -> c.amount().dimension() == Dimension.MONEY)
                .extracting(c -> c.noun().head()).containsExactly("transit", "library");
    }

    @Test
    void aSumInSomethingIsThatThingButNotTheFormItIsPaidIn() {
        List<QuantityClaim> claims = find("The deal includes a further €18m (£15.3m) in add-ons. Brevant will pay "
                + "€1.83 billion in cash. The flood caused $40 million in damage in 2024.");

        assertThat(claims).filteredOn(c -> c.amount().dimension() == Dimension.MONEY)
                .extracting(c -> c.noun().phrase()).containsExactly("add-ons", "add-ons", null, "damage");
    }

    @Test
    void aCountJoinedToItsNounByAHyphenCountsThatWordAndDescribesTheNounAfterIt() {
        List<QuantityClaim> claims = find("The club will build an 18,000-seat stand for its 125-strong squad after a "
                + "10-fold rise in demand for its 3-D tours.");

        assertThat(claims).extracting(c -> c.mention().text(), c -> c.amount().unit(), c -> c.noun().head())
                .containsExactly(tuple("18,000-seat stand", "seat", "stand"), tuple("125-strong squad", "squad",
                        "squad"));
    }

    @Test
    void aBareNumberAfterPeopleCountsPeople() {
        List<QuantityClaim> claims = find("Investors began stripping down the brakes of the coach that crashed on "
                + "Tuesday, killing nine people and injuring 37.");

        assertThat(claims).extracting(c -> c.mention().text(), c -> c.noun().head())
                .containsExactly(tuple("nine people", "people"), tuple("37", "people"));
    }

    @Test
    void moneyACostVerbOrAMovingVerbNamesIsThatCostOrThatSum() {
        List<QuantityClaim> claims = find("The stadium will cost $1.74 billion. The vote brings the city's share of "
                + "the project to $715 million, pushing the total cost of the project to $1.47 billion. It gave "
                + "$5 million to charity.");

        assertThat(claims).extracting(c -> c.noun().head()).containsExactly("cost", "share", "cost", null);
    }

    @Test
    void moneyTakesWhatItIsSpentOnNeverItsVerb() {
        QuantityClaim spent = only("The United States alone has spent $ 2.5 billion on security assistance.");
        QuantityClaim provided = only("Washington has provided $2.5 billion since the war began.");

        assertThat(spent.amount()).isEqualTo(new Amount(2.5e9, 2.5e9, Qualifier.EXACT, Dimension.MONEY, "USD",
                2.5e9, 2.5e9));
        assertThat(spent.noun()).isEqualTo(new CountedNoun("security assistance", "assistance", List.of("security")));
        assertThat(provided.noun()).isEqualTo(CountedNoun.none());
    }

    @Test
    void moneyTakesWhatItIsForAfterACommaButNotATimeOrAName() {
        List<QuantityClaim> claims = find("The budget sets aside $4.6 billion, for health care, and $2.8 billion for "
                + "defence, $1 million for a year and $2 million for Ukraine.");

        assertThat(claims).extracting(c -> c.noun().head()).containsExactly("care", "defence", null, null);
        assertThat(find("Meridane earned $3.1 billion on sales of $40 billion.").get(0).noun())
                .isEqualTo(CountedNoun.none());
    }

    @Test
    void aShareOfTheEconomyMeasuresWhatItIsAShareOf() {
        List<QuantityClaim> claims = find("It targets a deficit of 2.3% of GDP, while public debt will remain under "
                + "60 percent of gross domestic product.");

        assertThat(claims).extracting(c -> c.noun().head()).containsExactly("deficit", "debt");
    }

    @Test
    void aShareTakesTheStateItMeasures() {
        List<QuantityClaim> claims = find("The fire was 22 percent contained, and crews had it 32% contained later.");

        assertThat(claims).extracting(c -> c.noun().head()).containsExactly("contain", "contain");
        assertThat(find("Turnout was 61.4% compared with 58%.").get(0).noun().head()).isEqualTo("turnout");
    }

    @Test
    void aCapitalCOrFAgainstTheDigitsIsATemperatureOnlyWhereTheSentenceSpeaksOfTemperatures() {
        List<QuantityClaim> claims = find("The mercury reached 41.3C, or 106F, and a litre cost 50c more.");

        assertThat(claims).extracting(c -> c.mention().text(), c -> c.amount().unit())
                .containsExactly(tuple("41.3C", "degC"), tuple("106F", "degF"));
        assertThat(claims.get(0).amount().baseValue()).isCloseTo(claims.get(1).amount().baseValue(), within(0.2));
        assertThat(find("The airline flies 12 Boeing 777F freighters; she sat in seats 12F and 14C."))
                .extracting(c -> c.amount().dimension()).doesNotContain(Dimension.TEMPERATURE);
        assertThat(find("In the heat, residents of Apartment 4C stayed inside."))
                .extracting(c -> c.amount().dimension()).doesNotContain(Dimension.TEMPERATURE);
    }

    @Test
    void aMinusBeforeATemperatureMakesItNegativeAndTheSpanHoldsIt() {
        List<QuantityClaim> claims = find("Temperatures fell to -12C on Thursday and to minus 4 degrees Celsius on "
                + "Friday, against 3°C a week earlier.");

        assertThat(claims).extracting(c -> c.mention().text(), c -> c.amount().value())
                .containsExactly(tuple("-12C", -12.0), tuple("minus 4 degrees Celsius", -4.0), tuple("3°C", 3.0));
        assertThat(claims.get(0).amount().baseValue()).isCloseTo(261.15, within(1e-9));
    }

    @Test
    void aDirectionAfterALengthMakesItADistanceAndBelowADepth() {
        List<QuantityClaim> claims = find("The ferry overturned nine nautical miles north of Skarra Island. The "
                + "quake struck about 14 miles below the surface, five miles from the coast.");

        assertThat(claims).extracting(QuantityClaim::noun).containsExactly(
                new CountedNoun(null, "distance", List.of()), new CountedNoun(null, "depth", List.of()),
                new CountedNoun(null, "distance", List.of()));
    }

    @Test
    void milliardIsAThousandMillion() {
        QuantityClaim claim = only("Total spending will amount to 142.6 milliard euros.");

        assertThat(claim.amount().value()).isEqualTo(142.6e9);
        assertThat(claim.mention().text()).isEqualTo("142.6 milliard euros");
    }

    @Test
    void aNameAfterTheCountedNounIsNotPartOfIt() {
        QuantityClaim claim = only("Officials said 30 soldiers Monday were missing.");

        assertThat(claim.noun().head()).isEqualTo("soldier");
        assertThat(claim.mention().text()).isEqualTo("30 soldiers");
    }

    @Test
    void datesTimesAndModelNamesGiveNoClaims() {
        assertThat(find("On August 12, 2024, at 5:00 PM, F-16 jets flew; in 2022 the first attack came.")).isEmpty();
    }

    @Test
    void houseNumbersAndAreaCodesGiveNoClaims() {
        List<QuantityClaim> claims = find("The shelter at 1400 Orchard Avenue took 300 Residents; call (541) 555-0190. "
                + "About 40 Bellmont families left.");

        assertThat(claims).extracting(c -> c.mention().text()).containsExactly("300 Residents", "About 40 Bellmont "
                + "families");
    }

    @Test
    void givesTheSameClaimsFromManyThreads() {
        String text = "About 150 advisers arrived. The strike killed 18 Russian servicemen and wounded 45 others. "
                + "It cost $3.5bn and took nearly 400 square miles.";
        List<QuantityClaim> expected = find(text);

        List<List<QuantityClaim>> parallel = IntStream.range(0, 16).parallel().mapToObj(i -> find(text)).toList();

        assertThat(expected).hasSize(5);
        assertThat(parallel).allSatisfy(claims -> assertThat(claims).isEqualTo(expected));
    }
}
