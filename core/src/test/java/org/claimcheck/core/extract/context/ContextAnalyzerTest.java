package org.claimcheck.core.extract.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.claimcheck.core.extract.ClaimExtractor;
import org.claimcheck.core.extract.date.DateFinder;
import org.claimcheck.core.extract.quantity.QuantityFinder;
import org.claimcheck.core.model.DateClaim;
import org.claimcheck.core.model.Dimension;
import org.claimcheck.core.model.DocumentInfo;
import org.claimcheck.core.model.QuantityClaim;
import org.claimcheck.core.source.Document;
import org.claimcheck.core.source.LineIndex;
import org.claimcheck.core.source.TextMap;
import org.claimcheck.core.text.SentenceSplitter;
import org.claimcheck.core.text.Tagger;
import org.junit.jupiter.api.Test;

class ContextAnalyzerTest {
    private static final Tagger TAGGER = new Tagger();
    private final ClaimExtractor extractor = new ClaimExtractor(new SentenceSplitter(),
            List.of(new QuantityFinder(TAGGER), new DateFinder(TAGGER)),
            new ContextAnalyzer(TAGGER, EventLexicon.standard()));

    private List<QuantityClaim> quantities(String text) {
        return claims(text, QuantityClaim.class);
    }

    private <T> List<T> claims(String text, Class<T> kind) {
        Document document = new Document(new DocumentInfo("d1", "test.md", null, null, LocalDate.of(2026, 3, 16),
                null, null), text, LineIndex.of(text), TextMap.slice(text, 0, text.length()));
        return extractor.extract(document).stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    @Test
    void eachNumberTakesTheNearestEventBeforeIt() {
        List<QuantityClaim> claims = quantities("The blast at the depot in the Esker region caused the deaths of 12 "
                + "Calderan soldiers, while injuring 30 Calderan soldiers and claiming the lives of 4 civilians.");

        assertThat(claims).extracting(c -> c.context().predicate()).containsExactly("kill", "injure", "kill");
        assertThat(claims).extracting(c -> c.context().places()).containsOnly(List.of("Esker"));
    }

    @Test
    void aStrongEventAfterTheNumberBeatsAParticiple() {
        List<QuantityClaim> claims = quantities("Around 40 Varnish soldiers deployed to the region were also killed "
                + "in the attack.");

        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.context().predicate()).isEqualTo("kill");
            assertThat(c.noun().modifiers()).containsExactly("Varnish");
        });
    }

    @Test
    void othersCountWhatTheSentenceCountedBefore() {
        List<QuantityClaim> claims = quantities("The strike killed 18 Calderan servicemen and wounded 45 others.");

        assertThat(claims).extracting(c -> c.noun().head()).containsExactly("serviceman", "serviceman");
        assertThat(claims).extracting(c -> c.context().predicate()).containsExactly("kill", "injure");
    }

    @Test
    void aNumberWithoutAnEventTakesNoTimeFromTheDateOfAnAttack() {
        List<QuantityClaim> claims = quantities("Dockers have been on strike since Monday, and 60 ships are waiting.");

        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.context().predicate()).isNull();
            assertThat(c.context().time()).isNull();
        });
    }

    @Test
    void keywordsLeaveOutUnitsButKeepWhatACountCounts() {
        List<QuantityClaim> claims = quantities("Exports fell 12.4 per cent in February as 300 dockworkers stayed "
                + "out.");

        assertThat(claims).hasSize(2).allSatisfy(c -> assertThat(c.context().keywords())
                .containsExactly("export", "fall", "february", "dockworker", "stay"));
    }

    @Test
    void aBareCasualtyFigureCountsWhatTheCasualtyFigureBeforeItCounted() {
        List<QuantityClaim> claims = quantities("The fire has killed four people and injured 37, officials said. "
                + "The death toll from the fire has risen to six.");

        assertThat(claims).extracting(c -> c.noun().head()).containsExactly("people", "people", "people");
    }

    @Test
    void aNumberAfterAndTakesItsOwnVerbOnceTheClauseBeforeHasOne() {
        List<QuantityClaim> claims = quantities("At least 27 people were killed and 143 were injured when the train "
                + "left the tracks. Some 40 soldiers and 12 civilians were killed in the raid. The army launched 146 "
                + "drones and 12 missiles. The army launched drones and 12 missiles.");

        assertThat(claims).extracting(c -> c.context().predicate())
                .containsExactly("kill", "injure", "kill", "kill", "attack", "attack", "attack");
    }

    @Test
    void aMeetingIsTheEventOfItsDateWhateverItIsCalled() {
        List<DateClaim> dates = claims("The summit opened on March 18. The meeting, which opened on March 17, ended "
                + "early. Ministers will meet again on April 9.", DateClaim.class);

        assertThat(dates).extracting(d -> d.context().predicate()).containsExactly("meet", "meet", "meet");
    }

    @Test
    void aBeginningIsTheBeginningOfTheEventItsClauseNames() {
        List<DateClaim> dates = claims("The summit began on March 18. Fighting started on March 2 near the border. "
                + "Ministers signed the deal after talks that began on April 2. The summit, which began on May 5, "
                + "ended in a deal.", DateClaim.class);

        assertThat(dates).extracting(d -> d.context().predicate())
                .containsExactly("meet", "attack", "meet", "meet");
    }

    @Test
    void aBreachOrABurstStrikesAsACollapseDoesAndTheDrownedAreKilled() {
        List<DateClaim> dates = claims("The levee failed before dawn on April 15, opening a breach roughly 55 meters "
                + "wide. The dam burst on 2 May.", DateClaim.class);
        List<QuantityClaim> counts = quantities("At least 2,600 head of cattle drowned.");

        assertThat(dates).extracting(d -> d.context().predicate()).containsExactly("attack", "attack");
        assertThat(counts).extracting(c -> c.context().predicate()).containsExactly("kill");
    }

    @Test
    void homesWithoutPowerOrWithPowerCutAreCountedInAnOutage() {
        List<QuantityClaim> counts = quantities("The cooperative said 342,600 homes were without power. The typhoon "
                + "made landfall on Oct. 7, cutting power to some 342,000 homes at its peak.");

        assertThat(counts).extracting(c -> c.context().predicate()).containsExactly("outage", "outage");
    }

    @Test
    void aRoofThatGaveWayCollapsedMinersCutOffWereTrappedAndTrappedMinersRescuedWereRescued() {
        List<DateClaim> dates = claims("A section of roof gave way in the Halden mine on March 11. The men were "
                + "reached after the collapse, which happened on 11 March.", DateClaim.class);
        List<QuantityClaim> counts = quantities("Nine miners were cut off by the fall of rock in the Halden mine. "
                + "Seven trapped miners were rescued on Saturday. Four injured miners were in the cage.");

        assertThat(dates).extracting(d -> d.context().predicate()).containsExactly("attack", "attack");
        assertThat(counts).extracting(c -> c.context().predicate()).containsExactly("trap", "rescue", "injure");
    }

    @Test
    void aPartCountedOfTheInjuredTakesTheEventOfItsClauseAndKeepsTheWholeOnlyWithoutOne() {
        List<QuantityClaim> counts = quantities("Six of the injured were in critical condition at Marrow General. "
                + "Three of the dead were firefighters. Some 14 people died of the injuries.");

        assertThat(counts).extracting(c -> c.mention().text()).containsExactly("Six of the injured",
                "Three of the dead were firefighters", "Some 14 people");
        assertThat(counts).extracting(c -> c.context().predicate()).containsExactly("critical", "kill", "kill");
    }

    @Test
    void aPartCountedAfterACommaKeepsItsEventFromTheWhole() {
        List<QuantityClaim> counts = quantities("Medics said 48 people had been taken to hospitals, 7 of them in "
                + "critical condition.");

        assertThat(counts).extracting(c -> c.mention().text(), c -> c.context().predicate()).containsExactly(
                tuple("48 people", "hospital"), tuple("7 of them", "critical"));
    }

    @Test
    void aCapsizeAVoteASailingAndAReleaseDateTheirEventsButCountNothing() {
        List<DateClaim> dates = claims("The ferry Corran Bell capsized off Skelby on 16 October. The Tarn council "
                + "signed off on its budget on March 5. The ship sailed from Port Wenna on 8 June. The statistics "
                + "office published its report on 23 April. The vote came at 11:40 p.m. on March 3. The authority "
                + "expects to announce a final decision by 29 September.", DateClaim.class);
        List<QuantityClaim> counts = quantities("The council approved 120 new posts. The ship sailed with 2,864 "
                + "passengers.");

        assertThat(dates).extracting(d -> d.context().predicate())
                .containsExactly("attack", "decide", "depart", "publish", "decide", "decide");
        assertThat(counts).extracting(c -> c.context().predicate()).containsOnlyNulls();
    }

    @Test
    void aStructureThatFailedCollapsedAndTheFailureIsDatedAsTheCollapse() {
        List<DateClaim> dates = claims("About 60 families remain in shelters after the Marrow Creek levee failed on "
                + "Oct. 3. The reservoir's wall, finished in 1971, failed at 4 a.m. on 3 October. Engineers blamed "
                + "the failure on 3 October on seepage.", DateClaim.class);

        assertThat(dates).extracting(d -> d.mention().text()).containsExactly("on Oct. 3", "in 1971", "on 3 October",
                "on 3 October");
        assertThat(dates).extracting(d -> d.context().predicate()).containsExactly("attack", "complete", "attack",
                "attack");
    }

    @Test
    void aDateIsTheEventsBeforeItNotTheConsequenceAfterItsComma() {
        List<DateClaim> dates = claims("The roof of a gallery gave way at 2:40 a.m. on 12 March, trapping 27 miners "
                + "on the night shift. A coach plunged off the mountain road on October 6, killing 14 people.",
                DateClaim.class);

        assertThat(dates).extracting(d -> d.context().predicate()).containsExactly("attack", "kill");
    }

    @Test
    void jobsCutClosuresAndFiresAreEventsButAHyphenatedParticipleIsNone() {
        List<QuantityClaim> counts = quantities("Tessellate will cut 1,400 jobs, the company said as it reported a "
                + "loss.");
        List<DateClaim> dates = claims("Three schools in Calder Vale closed on Monday, March 10. The fire broke out in "
                + "the spray-finishing area of the main workshop at about 2.15pm on Monday 6 October.", DateClaim.class);

        assertThat(counts).extracting(c -> c.context().predicate()).containsExactly("cut");
        assertThat(dates).extracting(d -> d.context().predicate()).containsExactly("close", "attack");
    }

    @Test
    void aCoordinatedVerbHasItsOwnEventButSharesTheTimeOfItsClause() {
        List<QuantityClaim> counts = quantities("The gang had demanded 80 bitcoin for the data and has begun posting "
                + "samples online. Typhoon Senna killed 64 people in November 2019 and destroyed more than 9,000 homes.");

        assertThat(counts).extracting(c -> c.context().predicate()).containsExactly(null, "kill", "destroy");
        assertThat(counts).extracting(c -> c.context().time()).containsExactly(null, "2019-11", "2019-11");
    }

    @Test
    void inAnElectionStoryAVoteIsTheElectionAndSeatsWonOrFinishedWithAreTaken() {
        String story = "Turnout in the election was high across the country. ";
        List<DateClaim> dates = claims(story + "The party took 131 seats in the October 13 vote. The general "
                + "election was held on Oct. 12.", DateClaim.class);
        List<QuantityClaim> counts = quantities(story + "The Esterran People's Movement won nine seats. Green Future "
                + "finished third with 17 seats, while the Esterran People's Movement won nine.");
        List<DateClaim> council = claims("The council approved the budget in the March 3 vote.", DateClaim.class);

        assertThat(dates).extracting(d -> d.context().predicate()).containsExactly("election", "election");
        assertThat(counts).extracting(c -> c.context().predicate()).containsExactly("take", "take", "take");
        assertThat(council).extracting(d -> d.context().predicate()).containsExactly("decide");
    }

    @Test
    void aPurchaseIsSpendingAndAnInspectionDatesButTakingWeeksSeizesNothing() {
        List<QuantityClaim> sums = quantities("Halvard Pharma agreed on Monday to buy the drug maker Corvel for $56.50 "
                + "a share.");
        List<QuantityClaim> areas = quantities("The 58 square kilometres still under water could take weeks to drain. "
                + "The rebels took 58 square kilometres.");
        List<DateClaim> dates = claims("The bridge was inspected in June 2024. Council records show the viaduct was "
                + "last inspected in August 2021, when engineers rated its deck as poor.", DateClaim.class);

        assertThat(sums).extracting(c -> c.context().predicate()).containsExactly("spend");
        assertThat(areas).extracting(c -> c.context().predicate()).containsExactly(null, "take");
        assertThat(dates).extracting(d -> d.context().predicate()).containsExactly("inspect", "inspect");
    }

    @Test
    void aDateBelongsToTheActAnEventNounIsTheTopicOfAndToWhatStartsOnIt() {
        List<DateClaim> dates = claims("Members of the Orrin Nurses' Union will vote on the agreement on May 2. "
                + "The union reached a tentative agreement on April 18, ending a 12-day strike. "
                + "Families who fled the Tarrow mill fire on April 3 may start returning on Monday, April 7. "
                + "The evacuation order will be lifted in stages starting April 9, officials said. "
                + "A rally outside the assembly on April 11 drew 4,000 nurses. "
                + "The mayor, who proposed the budget in March, praised the council's vote.", DateClaim.class);

        assertThat(dates).extracting(d -> d.context().predicate())
                .containsExactly("decide", "agree", "attack", "resume", "resume", "protest", "propose");
    }

    @Test
    void theOwnerOfACityBodyTheHomeOfResidentsAndANeighbourArePlaces() {
        List<QuantityClaim> claims = quantities("Quellmouth's City Council approved a $2.3 billion budget. "
                + "Many Quellmouth homeowners will pay 4.1 percent more. "
                + "Neighbouring Tessford County approved a $2.6 billion budget. "
                + "The Quellmouth City Council voted to hire 40 inspectors.");

        assertThat(claims).extracting(c -> c.context().places()).containsExactly(List.of("Quellmouth"),
                List.of("Quellmouth"), List.of("Tessford"), List.of("Quellmouth"));
        assertThat(claims.get(0).context().entities()).containsExactly("Quellmouth", "City Council");
    }

    @Test
    void livesAreLostButTheLifeOfAContractIsNoDeath() {
        List<QuantityClaim> claims = quantities("The deal raises pay by 9 per cent over the life of the contract and "
                + "will cost the region $800 million. The fire claimed the lives of 6 residents.");

        assertThat(claims).extracting(c -> c.context().predicate()).containsExactly("spend", "spend", "kill");
    }

    @Test
    void theInfectedAreIll() {
        List<QuantityClaim> counts = quantities("The outbreak in 2019 infected 176 people. There were 40 infections "
                + "in Harwick.");

        assertThat(counts).extracting(c -> c.context().predicate()).containsExactly("ill", "ill");
    }

    @Test
    void deathsMissingAndHospitalCasesAreTheirOwnEvents() {
        List<QuantityClaim> claims = quantities("Seventeen people, fourteen of them children, have died in the "
                + "outbreak. Another 41 people are unaccounted for. Nearly 400 people have needed hospital treatment. "
                + "Three people are still missing.");

        assertThat(claims).filteredOn(c -> c.amount().value() != 14)
                .extracting(c -> c.context().predicate()).containsExactly("kill", "missing", "hospital", "missing");
    }

    @Test
    void thePassiveVerbRightAfterANumberIsItsEvent() {
        List<QuantityClaim> claims = quantities("Seventeen people died and 68 were injured in the derailment.");

        assertThat(claims).extracting(c -> c.context().predicate()).containsExactly("kill", "injure");
    }

    @Test
    void aNumberTakesTheTimeOfAPointInTimeNotOfTheEdgeOfASpan() {
        List<QuantityClaim> claims = quantities("Turnout was 61.4%, the highest in an election since 2009. It was "
                + "the worst crash since 1971, when 31 people died in a collision. During the last outbreak, in 2011, "
                + "nine people died.");

        assertThat(claims).extracting(c -> c.context().time()).containsExactly(null, "1971", "2011");
    }

    @Test
    void aFigureInAClauseDescribingADateTakesThatDate() {
        List<QuantityClaim> claims = quantities("It is the worst fire since 2019, when the Corran Moor fire burned "
                + "24,000 acres. The fire, which began on July 13, is the deadliest since the Corran Moor fire of "
                + "2019, which burned 9,800 hectares, destroyed 60 homes and killed four people. It is the largest "
                + "since the 2019 Marrow Canyon Fire, which destroyed 190 homes. It began on July 13; 300 homes "
                + "burned.");

        assertThat(claims).extracting(c -> c.context().time())
                .containsExactly("2019", "2019", "2019", "2019", "2019", null);
    }

    @Test
    void aFigureInAnInWhichOrWhereClauseDescribingADateTakesThatDate() {
        List<QuantityClaim> claims = quantities("It is the worst failure since the Dunmore Bridge collapse of 2016, "
                + "in which five people died. It recalls the Dunmore Bridge in 2016, where a span fell in a storm and "
                + "five people were killed.");

        assertThat(claims).extracting(c -> c.context().time()).containsExactly("2016", "2016");
    }

    @Test
    void aDescribingClauseEndsWhereAnotherClauseOrThePresentBegins() {
        List<QuantityClaim> claims = quantities("It is the worst since 2019, when the Corran Moor fire burned 24,000 "
                + "acres, and this week's blaze has burned 30,000 acres. Meridane bought the plant in 2019 from "
                + "Calder Mills, which now employs 1,200 people. Unlike the 2019 Marrow Canyon Fire, the Corran Moor "
                + "fire destroyed 300 homes on March 3.");

        assertThat(claims).extracting(c -> c.context().time()).containsExactly("2019", "2026-03", null, "2026-03-03");
    }

    @Test
    void aFigureComparedWithAnotherLeavesTheOthersDateAlone() {
        List<QuantityClaim> claims = quantities("Revenue of $4.8 billion was double the figure in 2019. Prices rose "
                + "4% after falling 2% in 2024. It is the first line since the city scrapped its trams at a meeting "
                + "in 1961, after councillors met to approve the £1.4 billion line.");

        assertThat(claims).extracting(c -> c.context().time()).containsExactly(null, null, "2024", null);
    }

    @Test
    void aFigureAndADateThatNameNoEventShareTheirClausesTime() {
        List<QuantityClaim> claims = quantities("Pharmacists recall Meridane's withdrawal of 22 lots of its drug in "
                + "2018. The regulator listed 47 lots in March, and 12 lots have been tested.");

        assertThat(claims).extracting(c -> c.context().time()).containsExactly("2018", "2026-03", null);
    }

    @Test
    void aDateRightAfterAFigureDatesIt() {
        List<QuantityClaim> claims = quantities("She told council the city faces a shortfall of about $45 million in "
                + "2027-28 unless revenues grow.");

        assertThat(claims).extracting(c -> c.context().time()).containsExactly("2027");
    }

    @Test
    void aRelativeYearAfterAFigureDatesIt() {
        List<QuantityClaim> claims = quantities("The fare rise follows a 6.8 percent rise last year. The line carried "
                + "4.1 million riders this year, against 2.9 million in 2019.");

        assertThat(claims).extracting(c -> c.mention().text(), c -> c.context().time()).containsExactly(
                tuple("6.8 percent", "2025"), tuple("4.1 million riders", "2026"), tuple("2.9 million", "2019"));
    }

    @Test
    void aChangeFromOneValueToAnotherTakesTheDateBeforeItForBoth() {
        List<QuantityClaim> claims = quantities("In 2022 the cash fare went from $3.00 to $3.25. The fare rose to "
                + "$3.60 in 2025 after it was $3.25 in 2024.");

        assertThat(claims).extracting(c -> c.context().time()).containsExactly("2022", "2022", "2025", "2024");
        assertThat(claims).extracting(c -> c.noun().head()).containsExactly("fare", "fare", "fare", null);
    }

    @Test
    void aDateBeforeAClosingAttributionDatesTheFigureNotTheSaying() {
        List<QuantityClaim> claims = quantities("Annual inflation eased to 3.1% in March, the bank said. Rates rose "
                + "to 4.5% on Monday, the governor said on Tuesday.");

        assertThat(claims).extracting(c -> c.context().time()).containsExactly("2026-03", "2026-03-16");
        assertThat(claims.get(0).noun().head()).isEqualTo("inflation");
        assertThat(claims.get(0).noun().modifiers()).containsExactly("annual");
    }

    @Test
    void peopleTakenToHospitalAreHospitalCasesNotSeizures() {
        List<QuantityClaim> claims = quantities("Four workers were killed and 27 people were taken to hospital. "
                + "Troops took 40 villages. The buyer will take on £310m of debt. A weather station logged 44 "
                + "degrees Celsius. Fourteen avalanche dogs took part in the search.");

        assertThat(claims).extracting(c -> c.context().predicate())
                .containsExactly("kill", "hospital", "take", null, null, "attack");
    }

    @Test
    void peopleFightingForTheirLivesAreInACriticalConditionNotDead() {
        List<QuantityClaim> claims = quantities("Five workers were still fighting for their lives on Sunday. Two "
                + "miners were in a critical condition. Three people lost their lives.");

        assertThat(claims).extracting(c -> c.context().predicate()).containsExactly("critical", "critical", "lose");
    }

    @Test
    void anAbbreviatedMonthAndADayOwningWhatFollowsAreNoNames() {
        List<QuantityClaim> claims = quantities("Crews at Harwick restored power to 9,000 homes on Oct. 3 after "
                + "Thursday's storm.");

        assertThat(claims).singleElement()
                .satisfies(c -> assertThat(c.context().entities()).containsExactly("Harwick"));
    }

    @Test
    void aDateThatOwnsTheEventDatesItsFigures() {
        List<QuantityClaim> claims = quantities("Last year's July heatwave was blamed for 16 deaths in the province; "
                + "most of the 14 deaths involved people over 75.");

        assertThat(claims).extracting(c -> c.mention().text(), c -> c.context().time(), c -> c.noun().head())
                .containsExactly(tuple("16 deaths", "2025", "death"), tuple("14 deaths", null, "death"));
    }

    @Test
    void trappedRescuedAndEmployedPeopleAreCountsOfTheirOwn() {
        List<QuantityClaim> claims = quantities("Twenty-eight miners were trapped by the collapse. Rescuers brought "
                + "23 miners out alive. The mine employs some 1,200 miners.");

        assertThat(claims).extracting(c -> c.context().predicate()).containsExactly("trap", "rescue", "employ");
    }

    @Test
    void destroyedDamagedAndThreatenedHomesAreCountsOfTheirOwn() {
        List<QuantityClaim> claims = quantities("The fire destroyed 212 homes. A further 38 homes were damaged. "
                + "More than 340 homes remain under threat.");

        assertThat(claims).extracting(c -> c.context().predicate()).containsExactly("destroy", "damage", "threaten");
    }

    @Test
    void abbreviationsScalesFiguresAndLowerCaseWordsAreNoNames() {
        List<QuantityClaim> claims = quantities("The budget targets a deficit of 2.3% of GDP, the CEO said. The "
                + "temperature at Brackenford airfield climbed to 111 degrees Fahrenheit, beating the 40.1C record.");

        assertThat(claims.get(0).context().entities()).isEmpty();
        assertThat(claims.get(1).context().entities()).containsExactly("Brackenford");
    }

    @Test
    void aNaturalDisasterIsTheEventOfItsDateAsAnAttackIs() {
        List<DateClaim> dates = claims("The avalanche broke loose on Saturday 14 February. Typhoon Halvira, which made "
                + "landfall on September 20, flattened villages.", DateClaim.class);

        assertThat(dates).extracting(d -> d.context().predicate()).containsExactly("attack", "attack");
    }

    @Test
    void theIsolatedAreCountedApartFromTheSick() {
        List<QuantityClaim> claims = quantities("She said 74 passengers were still isolating in their cabins. In "
                + "March, 128 passengers fell ill aboard the Coral Empress.");

        assertThat(claims).extracting(c -> c.context().predicate()).containsExactly("isolate", "ill");
    }

    @Test
    void aUnionRepresentsItsMembersAndNotItsStrikers() {
        List<QuantityClaim> claims = quantities("The FNS, which represents about 41,000 nurses, called the strike.");

        assertThat(claims).extracting(c -> c.context().predicate()).containsExactly("join");
    }

    @Test
    void aHyphenJoinsTheWordsOfAName() {
        List<QuantityClaim> claims = quantities("Halvorsen-Pike Biologics said its vaccine was 82.4 percent "
                + "effective.");

        assertThat(claims.get(0).context().entities()).containsExactly("Halvorsen-Pike Biologics");
    }

    @Test
    void aWordTheTaggerHasNeverSeenOpensTheNameItLeadsInto() {
        List<QuantityClaim> opened = quantities("Corbling County Council sent 40 firefighters to the mill.");
        List<QuantityClaim> participle = quantities("Visiting Lowther Bay, the minister promised 40 firefighters.");

        assertThat(opened.get(0).context().entities()).containsExactly("Corbling", "County Council");
        assertThat(opened.get(0).context().places()).containsExactly("Corbling");
        assertThat(participle.get(0).context().entities()).containsExactly("Lowther Bay");
    }

    @Test
    void aNumberWordOpeningASentenceIsNoName() {
        List<QuantityClaim> claims = quantities("Nine skiers were caught in the slide at Lauterfirn.");

        assertThat(claims.get(0).context().entities()).containsExactly("Lauterfirn");
    }

    @Test
    void theBuriedAreCountedApartFromTheDead() {
        List<QuantityClaim> claims = quantities("Three dead as avalanche buries six skiers at Lauterfirn.");

        assertThat(claims).extracting(c -> c.context().predicate()).containsExactly("kill", "trap");
    }

    @Test
    void aCampaignAndAnOutbreakAreEventsOfTheirOwn() {
        List<DateClaim> dates = claims("The outbreak started in Haverly on January 9. The vaccination campaign "
                + "began on March 17.", DateClaim.class);

        assertThat(dates).extracting(d -> d.context().predicate()).containsExactly("outbreak", "campaign");
    }

    @Test
    void aStrikeIsAWalkoutInAnArticleAboutAUnion() {
        String strike = "The strike began on March 3, and 40 ships are stuck at anchor.";

        List<DateClaim> inWar = claims("Calder wages war on its neighbour, and drones hit the port overnight. "
                + strike, DateClaim.class);
        List<DateClaim> inDispute = claims("The union rejected the pay offer. " + strike, DateClaim.class);

        assertThat(inWar).extracting(d -> d.context().predicate()).containsExactly("attack");
        assertThat(inDispute).extracting(d -> d.context().predicate()).containsExactly("stoppage");
    }

    @Test
    void aContainingCountryIsNotThePlaceOfTheEvent() {
        List<QuantityClaim> claims = quantities("A drone struck a barracks in Calder's Esker region, killing "
                + "seven soldiers.");

        assertThat(claims).singleElement()
                .satisfies(c -> assertThat(c.context().places()).containsExactly("Esker"));
    }

    @Test
    void monthsAreNeverPlaces() {
        List<QuantityClaim> claims = quantities("The toll from the blast in the March 2 fire in Millbrook has risen "
                + "to 21 people.");

        assertThat(claims).singleElement()
                .satisfies(c -> assertThat(c.context().places()).containsExactly("Millbrook"));
    }

    @Test
    void anEventAfterBeforeOrWhenIsAnotherEventThanTheNumbers() {
        List<QuantityClaim> claims = quantities("About 170 millimetres of rain fell before the river crested. "
                + "The river crested at 5.8 metres, and 300 homes were flooded.");

        assertThat(claims).extracting(c -> c.context().predicate()).containsExactly(null, "peak", "flood");
    }

    @Test
    void aClauseDescribingADateAfterANamedSettingTakesTheDate() {
        List<QuantityClaim> claims = quantities("The town last flooded in February 2020, during Storm Dennis, when "
                + "the river rose to 5.2 metres and about 300 homes were flooded.");

        assertThat(claims).extracting(c -> c.context().time()).containsExactly("2020-02", "2020-02");
    }

    @Test
    void aYearQualifyingTheNameThatIsTheSubjectDatesItsClause() {
        List<QuantityClaim> claims = quantities("The previous record-holder, the 2019 Pike Flats Fire, burned 28,300 "
                + "acres and destroyed 96 homes. Since 2019 Lumora has cut 3,000 jobs.");

        assertThat(claims).extracting(c -> c.context().time()).containsExactly("2019", "2019", null);
        assertThat(claims).extracting(c -> c.context().predicate()).containsExactly("burn", "destroy", "cut");
    }

    @Test
    void evacueesCountTheEvacuated() {
        List<QuantityClaim> claims = quantities("Officials say the 4,900 evacuees will not be allowed home.");

        assertThat(claims).singleElement().satisfies(c -> assertThat(c.context().predicate()).isEqualTo("evacuate"));
    }

    @Test
    void buildingsAreNoActOfBuildingAndHospitalsCountedWereNotHospitalised() {
        List<QuantityClaim> claims = quantities("The quake brought down 412 buildings, which rescuers say trapped "
                + "people. The last strike, in 2019, lasted two days and affected 12 hospitals.");

        assertThat(claims).filteredOn(c -> c.amount().dimension() == Dimension.COUNT)
                .extracting(c -> c.mention().text(), c -> c.context().predicate(), c -> c.context().time())
                .containsExactly(tuple("412 buildings", "attack", null), tuple("12 hospitals", "attack", "2019"));
    }

    @Test
    void aDateOpeningItsClauseDatesEveryFigureOfIt() {
        List<QuantityClaim> claims = quantities("A year earlier things looked brighter: in the third quarter of 2023, "
                + "Lumora reported revenue of $2.28 billion and a net loss of just $96 million. In 2023, Lumora sold "
                + "$2 billion of software, compared with $1.5 billion now.");

        assertThat(claims).extracting(c -> c.context().time()).containsExactly("2023", "2023", "2023", null);
    }

    @Test
    void numbersNeverTakeTheActOfSayingAsTheirEvent() {
        List<QuantityClaim> claims = quantities("Officials said 300 homes stood empty.");

        assertThat(claims).singleElement().satisfies(c -> assertThat(c.context().predicate()).isNull());
    }

    @Test
    void aCapitalisedAdjectiveLeadsIntoAPlaceNameAndMonthsAreNotNames() {
        List<QuantityClaim> claims = quantities("A storm struck Great Ashcombe on July 19, and 5 people were injured "
                + "in Great Ashcombe, the fire service said. The fire affected about 157 square miles around Upper "
                + "Keldwick, officials said.");

        assertThat(claims).hasSize(2);
        assertThat(claims.get(0).context().places()).containsExactly("Great Ashcombe");
        assertThat(claims.get(0).context().entities()).containsExactly("Great Ashcombe");
        assertThat(claims.get(1).context().places()).containsExactly("Upper Keldwick");
    }

    @Test
    void namesListedAfterAPlaceNounAndOfArePlaces() {
        List<QuantityClaim> claims = quantities("Residents were evacuated from the towns of Millbrook and Esker Cross, "
                + "and 14 people were injured.");

        assertThat(claims).singleElement().satisfies(c ->
                assertThat(c.context().places()).containsExactly("Millbrook", "Esker Cross"));
    }

    @Test
    void aNameAfterACompassPointIsThePlaceAndTheEndsOfARouteAreNot() {
        List<QuantityClaim> claims = quantities("The 62-car train, which was carrying chemicals from Dunsby to the port "
                + "of Carrack, left the tracks 3 kilometres east of Tolbridge.");

        assertThat(claims).extracting(c -> c.mention().text()).containsExactly("62-car train", "3 kilometres");
        assertThat(claims).allSatisfy(c -> {
            assertThat(c.context().places()).containsExactly("Tolbridge");
            assertThat(c.context().entities()).containsExactly("Dunsby", "Carrack", "Tolbridge");
        });
    }

    @Test
    void aCapitalisedWordTheTaggerTakesForAVerbIsStillAName() {
        List<QuantityClaim> claims = quantities("The council has released £3 million in emergency funding for Little "
                + "Wrenow.");

        assertThat(claims).singleElement().satisfies(c ->
                assertThat(c.context().entities()).containsExactly("Little Wrenow"));
    }

    @Test
    void aCapitalisedWordTheTaggerTakesForAnInterjectionIsStillAPlace() {
        List<QuantityClaim> claims = quantities("The wildfire affected about 151 square miles around Lowehold, "
                + "officials said.");

        assertThat(claims).singleElement().satisfies(c ->
                assertThat(c.context().places()).containsExactly("Lowehold"));
    }

    @Test
    void aCapitalisedWordAfterANameGoesOnWithItWhateverItsTag() {
        List<QuantityClaim> claims = quantities("The flood affected about 36 square miles around Long Thornley, "
                + "officials said.");

        assertThat(claims).singleElement().satisfies(c ->
                assertThat(c.context().places()).containsExactly("Long Thornley"));
    }

    @Test
    void aTownStruckIsThePlaceEvenWhenTheTaggerTakesTheVerbForANoun() {
        List<QuantityClaim> claims = quantities("A chemical fire struck Thorncombe in the Greyhaven region on March "
                + "25, and 61 people were injured, the Greyhaven fire service said.");

        assertThat(claims).singleElement().satisfies(c ->
                assertThat(c.context().places()).containsExactly("Thorncombe"));
    }

    @Test
    void aRegionNounIsNotPartOfTheNameBeforeIt() {
        List<QuantityClaim> claims = quantities("A wildfire struck Pellthorpe in the Harrow Valley region on December "
                + "29, and 62 people were injured, the Harrow Valley fire service said.");

        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.context().places()).containsExactly("Pellthorpe");
            assertThat(c.context().entities()).containsExactly("Pellthorpe", "Harrow Valley");
        });
    }

    @Test
    void aDateInAPhraseClosedByACommaIsTheDateOfThatPhrasesAct() {
        List<DateClaim> claims = claims("The recount, requested by Pell on March 14, wrapped up on Wednesday, "
                + "March 19.", DateClaim.class);

        assertThat(claims).extracting(c -> c.context().predicate()).containsExactly("say", "complete");
    }

    @Test
    void disclosingDatesASayingAndOfWhomOpensAnotherClause() {
        List<DateClaim> dates = claims("The attack began on 3 March and was disclosed on 11 March.", DateClaim.class);
        List<QuantityClaim> counts = quantities("Medics treated more than 1,100 runners for heat illness, 47 of "
                + "whom were taken to hospital.");

        assertThat(dates).extracting(c -> c.context().predicate()).containsExactly("attack", "say");
        assertThat(counts).extracting(c -> c.context().predicate()).containsExactly(null, "hospital");
    }

    @Test
    void requestingAnEventDatesTheRequestNotTheEvent() {
        List<DateClaim> dates = claims("Pell, who lost by 112 votes, requested the recount on March 14. The recount "
                + "ended on March 20.", DateClaim.class);

        assertThat(dates).extracting(c -> c.context().predicate()).containsExactly("say", "election");
    }

    @Test
    void aDateOpeningAClauseAfterAndDatesItsFiguresWithoutAComma() {
        List<QuantityClaim> claims = quantities("The race went ahead, and in 2023 the nearby Halvard Bay Marathon was "
                + "halted when 45 runners were taken to hospital. Since 2019 the race has lost 3,000 runners.");

        assertThat(claims).extracting(c -> c.context().time()).containsExactly("2023", null);
    }

    @Test
    void theYearOfAPartOfItDatesTheFiguresOfItsClause() {
        List<QuantityClaim> claims = quantities("National prices dropped 1.9 percent in the first quarter of 2024. "
                + "They rose 2.2 percent in the summer of 2023.");

        assertThat(claims).extracting(c -> c.context().time()).containsExactly("2024", "2023");
    }

    @Test
    void afterASpanOfTimeIsNoComparison() {
        List<QuantityClaim> claims = quantities("The race went ahead, and in 2023 the nearby marathon was halted after "
                + "four hours when 45 runners were taken to hospital.");

        assertThat(claims).extracting(c -> c.mention().text()).containsExactly("four hours", "45 runners");
        assertThat(claims.get(1).context().time()).isEqualTo("2023");
    }

    @Test
    void eachClauseThatNamesAPlaceGivesItsFiguresThatPlaceAndALaterClausesPlaceIsNotAnEarliers() {
        List<QuantityClaim> claims = quantities("In the coastal province of Marenholm prices were up 3.1 percent, "
                + "while in the northern region of Dunmark they fell 1.4 percent. In Millbrook and Esker 12 people "
                + "died, and 14 were injured. Some 430 homes were flooded, and 1,200 residents were moved out of the "
                + "Riverside area.");

        assertThat(claims).extracting(c -> c.context().places()).containsExactly(List.of("Marenholm"),
                List.of("Dunmark"), List.of("Millbrook", "Esker"), List.of("Millbrook", "Esker"), List.of(),
                List.of("Riverside"));
    }

    @Test
    void routesWhereTwoAirlinesOverlapAreAnEventOfTheirOwn() {
        List<QuantityClaim> claims = quantities("Regulators will look at the 31 routes where Brevant and Corvina "
                + "overlap.");

        assertThat(claims).extracting(c -> c.mention().text(), c -> c.context().predicate())
                .containsExactly(tuple("31 routes", "overlap"));
    }
}
