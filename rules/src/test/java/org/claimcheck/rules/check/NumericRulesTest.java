package org.claimcheck.rules.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.claimcheck.core.model.DocumentInfo;
import org.claimcheck.core.model.QuantityClaim;
import org.claimcheck.core.model.Qualifier;
import org.claimcheck.rules.Finding;
import org.claimcheck.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumericRulesTest {
    private static final String FLOOD = "Floodwater covered %s of farmland in the Harrow Valley, the water authority said.";
    private static final String INJURED = "%s were injured when the levee broke near Millbrook, the fire service said.";

    private final Fixtures run = new Fixtures();
    private final DocumentInfo gazette = run.document("gazette.md", "2026-03-14");
    private final DocumentInfo times = run.document("times.md", "2026-03-16");

    @Test
    void hedgedAreasInDifferentUnitsAgree() {
        run.area(gazette, "nearly 120 square kilometres", 120, Qualifier.NEARLY, "km2", "cover",
                FLOOD.formatted("nearly 120 square kilometres"));
        run.area(times, "about 46 square miles", 46, Qualifier.APPROXIMATELY, "mi2", "cover",
                FLOOD.formatted("about 46 square miles"));

        assertThat(run.check()).isEmpty();
    }

    @Test
    void nearlyAndAlmostTheSameFigureAgree() {
        run.area(gazette, "nearly 400 square miles", 400, Qualifier.NEARLY, "mi2", "cover",
                FLOOD.formatted("nearly 400 square miles"));
        run.area(times, "almost 400 square miles", 400, Qualifier.NEARLY, "mi2", "cover",
                FLOOD.formatted("almost 400 square miles"));

        assertThat(run.check()).isEmpty();
    }

    @Test
    void hedgedAreasThatCannotOverlapAreAnError() {
        QuantityClaim first = run.area(gazette, "nearly 120 square kilometres", 120, Qualifier.NEARLY, "km2",
                "cover", FLOOD.formatted("nearly 120 square kilometres"));
        QuantityClaim second = run.area(times, "nearly 90 square miles", 90, Qualifier.NEARLY, "mi2", "cover",
                FLOOD.formatted("nearly 90 square miles"));

        List<Finding> findings = run.check();

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("numeric-mismatch");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.claims()).containsExactly(first.id(), second.id());
            assertThat(f.message()).isEqualTo("\"nearly 90 square miles\" (times.md:2) disagrees with "
                    + "\"nearly 120 square kilometres\" (gazette.md:1): nearly 90 mi2 vs nearly 120 km2 are 49% "
                    + "apart, and 'nearly' allows up to 10% below.");
        });
    }

    @Test
    void moreThanAndSomeLowerFigureConflict() {
        run.count(gazette, "more than 1,300 tanks", 1300, Qualifier.MORE_THAN, "tanks", "tank", "deploy",
                List.of(), "More than 1,300 tanks were massed along the Calder border, officials said.");
        run.count(times, "some 900 tanks", 900, Qualifier.APPROXIMATELY, "tanks", "tank", "deploy",
                List.of(), "Some 900 tanks were massed along the Calder border, officials said.");

        assertThat(run.check()).singleElement()
                .satisfies(f -> assertThat(f.rule()).isEqualTo("numeric-mismatch"))
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void percentagesAreComparedByWhatTheyMeasureWhenBothSayItWhateverTheirEvent() {
        String board = "%s in the mayoral election in Arvenport, the election board said.";
        QuantityClaim turnout = run.percent(gazette, "61.4%", 61.4, "turnout", null,
                board.formatted("Turnout was 61.4%"));
        QuantityClaim wrongTurnout = run.percent(times, "64.1%", 64.1, "turnout", "election",
                board.formatted("Turnout was 64.1%"));
        run.percent(times, "48.6%", 48.6, "vote", null, board.formatted("Marchetti won 48.6% of the vote"));
        run.percent(times, "55%", 55, null, null, board.formatted("It was 55%"));

        assertThat(run.check()).singleElement()
                .satisfies(f -> assertThat(f.claims()).containsExactly(turnout.id(), wrongTurnout.id()));
    }

    @Test
    void aMeasureNamingALimitIsACapacityNotTheAmountHeld() {
        run.count(gazette, "300-tonne", 300, Qualifier.EXACT, "tonnes", "tonne", null, List.of(),
                "Roughly 240 tonnes of ethylene oxide were held at the works, below the 300-tonne limit in its permit.");
        run.count(times, "some 240 tonnes", 240, Qualifier.APPROXIMATELY, "tonnes", "tonne", null, List.of(),
                "The works had been holding some 240 tonnes of ethylene oxide, its permit said.");

        assertThat(run.check()).isEmpty();
    }

    @Test
    void figuresOfAnAgeGroupMeetOnlyFiguresOfThatGroup() {
        run.count(gazette, "241 confirmed cases", 241, Qualifier.EXACT, "confirmed cases", "case", null, List.of(),
                "Of the 241 confirmed cases, 71 are in children aged five to 14.");
        run.count(gazette, "71", 71, Qualifier.EXACT, "cases", "case", null, List.of(),
                "Of the 241 confirmed cases, 71 are in children aged five to 14.");
        QuantityClaim underFives = run.count(times, "92", 92, Qualifier.EXACT, "cases", "case", null, List.of(),
                "Of the confirmed cases, 92 are children under the age of five and 71 are aged between five and 14.");
        run.count(times, "71", 71, Qualifier.EXACT, "cases", "case", null, List.of(),
                "Of the confirmed cases, 92 are children under the age of five and 71 are aged between five and 14.");
        DocumentInfo herald = run.document("herald.md", "2026-03-17");
        QuantityClaim wrongUnderFives = run.count(herald, "98", 98, Qualifier.EXACT, "cases", "case", null,
                List.of(), "Of the confirmed cases, 98 are children under five, the authority said.");
        run.count(gazette, "14 deaths", 14, Qualifier.EXACT, "deaths", "death", "kill", List.of(),
                "Most of the 14 deaths involved people over 75.");
        run.count(times, "14 deaths", 14, Qualifier.EXACT, "deaths", "death", "kill", List.of(),
                "The heat caused 14 deaths.");
        run.percent(gazette, "67 percent", 67, "efficacy", null,
                "In participants aged 80 and older, about 2,900 people, efficacy was 67 percent.");
        run.percent(times, "82.4 percent", 82.4, "efficacy", null,
                "The efficacy was 82.4 percent in adults aged 60 and older.");

        assertThat(run.check()).singleElement()
                .satisfies(f -> assertThat(f.claims()).containsExactly(underFives.id(), wrongUnderFives.id()));
    }

    @Test
    void injuredAndKilledAreDifferentFacts() {
        run.count(gazette, "14 people", 14, Qualifier.EXACT, "people", "people", "injure", List.of("Millbrook"),
                INJURED.formatted("14 people"));
        run.count(times, "41 people", 41, Qualifier.EXACT, "people", "people", "kill", List.of("Millbrook"),
                "41 people were killed when the levee broke near Millbrook, the fire service said.");

        assertThat(run.check()).isEmpty();
    }

    @Test
    void differentNationalitiesAreDifferentFacts() {
        run.count(gazette, "12 Calderan soldiers", 12, Qualifier.EXACT, "Calderan soldiers", "soldier", "kill",
                List.of(), "The strike killed 12 Calderan soldiers at the Esker depot.");
        run.count(times, "40 Varnish soldiers", 40, Qualifier.EXACT, "Varnish soldiers", "soldier", "kill",
                List.of(), "The strike killed 40 Varnish soldiers at the Esker depot.");

        assertThat(run.check()).isEmpty();
    }

    @Test
    void sameNumbersInDifferentPlacesAreDifferentEvents() {
        run.count(gazette, "seven soldiers", 7, Qualifier.EXACT, "soldiers", "soldier", "kill", List.of("Esker"),
                "A drone strike on a depot in the Esker region killed seven soldiers on Monday.");
        run.count(times, "18 soldiers", 18, Qualifier.EXACT, "soldiers", "soldier", "kill", List.of("Millbrook"),
                "A drone strike on a depot in the Millbrook region killed 18 soldiers on Monday.");

        assertThat(run.check()).isEmpty();
    }

    @Test
    void synonymNounsAreComparedAndSpelledOutEqualsDigits() {
        run.count(gazette, "eighteen servicemen", 18, Qualifier.EXACT, "servicemen", "serviceman", "kill",
                List.of("Esker"), "The strike on the depot in the Esker region killed eighteen servicemen.");
        run.count(times, "18 troops", 18, Qualifier.EXACT, "troops", "troop", "kill",
                List.of("Esker"), "The strike on the depot in the Esker region killed 18 troops.");
        DocumentInfo wire = run.document("wire.txt", "2026-03-15");
        run.count(wire, "25 soldiers", 25, Qualifier.EXACT, "soldiers", "soldier", "kill",
                List.of("Esker"), "The strike on the depot in the Esker region killed 25 soldiers.");

        assertThat(run.check()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("numeric-mismatch");
            assertThat(f.claims()).containsExactly("c1", "c3");
        });
    }

    @Test
    void oneWrongFigureAmongManyIsReportedOnceAgainstTheMajority() {
        DocumentInfo wire = run.document("wire.txt", "2026-03-15");
        run.count(gazette, "14 people", 14, Qualifier.EXACT, "people", "people", "injure", List.of(),
                INJURED.formatted("14 people"));
        run.count(times, "41 people", 41, Qualifier.EXACT, "people", "people", "injure", List.of(),
                INJURED.formatted("41 people"));
        run.count(wire, "14 people", 14, Qualifier.EXACT, "people", "people", "injure", List.of(),
                INJURED.formatted("14 people"));

        assertThat(run.check()).singleElement()
                .satisfies(f -> assertThat(f.claims()).containsExactly("c1", "c2"));
    }

    @Test
    void aLaterFigureGivenAsAnUpdateIsInformation() {
        run.count(gazette, "14 people", 14, Qualifier.EXACT, "people", "people", "injure", List.of(),
                INJURED.formatted("14 people"));
        run.count(times, "19 people", 19, Qualifier.EXACT, "people", "people", "injure", List.of(),
                "The number of people injured when the levee broke near Millbrook has risen to 19 people, "
                        + "the fire service said.");

        assertThat(run.check()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("figure-update");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
        });
    }

    @Test
    void aMeasureTheLaterArticleSaysIsNowSoIsAnUpdate() {
        run.percent(gazette, "35 percent", 35, "contain", null,
                "The Harlan fire was 35 percent contained, the fire department said.");
        run.percent(times, "62 percent", 62, "contain", null,
                "The Harlan fire is now 62 percent contained, the fire department said.");

        assertThat(run.check()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("figure-update");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
        });
    }

    @Test
    void aMeasureThatMovesIsTheNewsNotARevision() {
        run.temperature(gazette, "-12C", -12, "degC", "fall",
                "Temperatures fell to -12C in Harlow Vale on Thursday, the coldest night of the winter.");
        run.temperature(times, "-18C", -18, "degC", "fall",
                "Temperatures fell to -18C in Harlow Vale on Thursday, the coldest night of the winter.");

        assertThat(run.check()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("numeric-mismatch");
            assertThat(f.message()).contains("-18 degC vs -12 degC are 6 °C apart");
        });
    }

    @Test
    void theValueAFigureReplacesMayComeAfterWhoSaidIt() {
        run.count(gazette, "16 people", 16, Qualifier.EXACT, "people", "people", "missing", List.of(),
                "Rescuers were still searching for 16 people missing after the ferry overturned near Skarra.");
        run.count(times, "Ten people", 10, Qualifier.EXACT, "people", "people", "missing", List.of(),
                "Ten people are still missing near Skarra, Commander Idris Fenwick told a briefing, down from 16.");

        assertThat(run.check()).singleElement().satisfies(f -> assertThat(f.rule()).isEqualTo("figure-update"));
    }

    @Test
    void aLaterFigureGivenAsTheStateNowIsInformation() {
        run.count(gazette, "Nine people", 9, Qualifier.EXACT, "people", "people", "kill", List.of(),
                "Nine people died when the ferry overturned near Skarra, the coastguard said.");
        run.count(times, "Fifteen people", 15, Qualifier.EXACT, "people", "people", "kill", List.of(),
                "Fifteen people are now confirmed dead near Skarra, the coastguard said.");
        run.count(gazette, "18 others", 18, Qualifier.EXACT, "people", "people", "missing", List.of(),
                "A further search near Skarra began for 18 others missing, the coastguard said.");
        run.count(times, "Fourteen people", 14, Qualifier.EXACT, "people", "people", "missing", List.of(),
                "Fourteen people are still missing near Skarra, the coastguard said.");

        assertThat(run.check()).extracting(Finding::rule).containsExactly("figure-update", "figure-update");
    }

    @Test
    void aFigureFollowedByNowWithoutAVerbIsNoUpdate() {
        run.count(gazette, "400 square miles", 400, Qualifier.EXACT, "square miles", "mi2", "take", List.of(),
                "The army took 400 square miles near Skarra, the ministry said.");
        run.count(times, "250 square miles", 250, Qualifier.EXACT, "square miles", "mi2", "take", List.of(),
                "Holding the 250 square miles now taken near Skarra will be harder, the ministry said.");

        assertThat(run.check()).singleElement().satisfies(f -> assertThat(f.rule()).isEqualTo("numeric-mismatch"));
    }

    @Test
    void aLaterFigureFollowedByTheValueItReplacesIsInformation() {
        run.count(gazette, "14 people", 14, Qualifier.EXACT, "people", "people", "injure", List.of(),
                INJURED.formatted("14 people"));
        run.count(times, "19", 19, Qualifier.EXACT, "people", "people", "injure", List.of(),
                "The fire service put the number of people injured when the levee broke near Millbrook at 19, up "
                        + "from 14.");

        assertThat(run.check()).singleElement().satisfies(f -> assertThat(f.rule()).isEqualTo("figure-update"));
    }

    @Test
    void aRaiseThatRevisesNoFigureAnnouncesNoUpdate() {
        run.count(gazette, "35,000 people", 35000, Qualifier.EXACT, "people", "people", "send", List.of(),
                "Aid deliveries in the valley reached 35,000 people, the agency said.");
        run.count(times, "40,000 people", 40000, Qualifier.EXACT, "people", "people", "send", List.of(),
                "The agency raised concerns about aid deliveries in the valley to 40,000 people, the agency said.");

        assertThat(run.check()).singleElement().satisfies(f -> assertThat(f.rule()).isEqualTo("numeric-mismatch"));
    }

    @Test
    void aPartOfAGroupIsNotTheSizeOfTheGroup() {
        run.count(gazette, "146 drones", 146, Qualifier.EXACT, "drones", "drone", "attack", List.of(),
                "The army launched 146 drones at Millbrook overnight, the air force said.");
        run.count(times, "131 of the drones", 131, Qualifier.EXACT, "drones", "drone", "attack", List.of(),
                "Air defences over Millbrook shot down 131 of the drones overnight, the air force said.");

        assertThat(run.check()).isEmpty();
    }

    @Test
    void aNumberWithMoreAddedLaterInItsSentenceIsAPartOfTheirSum() {
        run.count(gazette, "Six people", 6, Qualifier.EXACT, "people", "people", "kill", List.of(),
                "Six people died in the fire at the Varden mill, the fire service said.");
        run.count(times, "Four people", 4, Qualifier.EXACT, "people", "people", "kill", List.of(),
                "Four people died at the Varden mill and two more died in hospital, the fire service said.");

        assertThat(run.check()).isEmpty();
    }

    @Test
    void aCountRecommendedOrWantedIsNotTheCountDecided() {
        run.count(gazette, "40 wardens", 40, Qualifier.EXACT, "wardens", "warden", "employ", List.of(),
                "The Varden council will hire 40 wardens for the old town, the mayor said.");
        run.count(times, "55 wardens", 55, Qualifier.EXACT, "wardens", "warden", "employ", List.of(),
                "A review had recommended 55 wardens for the old town, and the council will hire them, the mayor "
                        + "said.");
        run.count(times, "70 wardens", 70, Qualifier.EXACT, "wardens", "warden", "employ", List.of(),
                "The union wanted 70 wardens for the old town, and the council will hire them, the mayor said.");

        assertThat(run.check()).isEmpty();
    }

    @Test
    void aNumberOfWhomIsAPartOfTheGroupBeforeIt() {
        run.count(gazette, "26 people", 26, Qualifier.EXACT, "people", "people", "rescue", List.of(),
                "Rescuers pulled 26 people out alive near Millbrook.");
        run.count(times, "seven of whom", 7, Qualifier.EXACT, "people", "people", "rescue", List.of(),
                "Rescuers pulled 26 people out alive near Millbrook, seven of whom were taken to hospital.");

        assertThat(run.check()).isEmpty();
    }

    @Test
    void aCountJoinedToItsNounByAHyphenIsComparedOnlyWithCountsOfTheSameWord() {
        QuantityClaim cars = run.countOf(gazette, "62-car train", 62, "car", "train",
                "The 62-car train left the tracks near Tolbridge.");
        QuantityClaim swapped = run.countOf(times, "26-car train", 26, "car", "train",
                "The 26-car train left the tracks near Tolbridge, investigators said.");
        run.count(times, "three trains", 3, Qualifier.EXACT, "trains", "train", null, List.of(),
                "Three trains left the tracks near Tolbridge this year.");

        assertThat(run.check()).singleElement()
                .satisfies(f -> assertThat(f.claims()).containsExactly(cars.id(), swapped.id()));
    }

    @Test
    void aBareNumberOfAWhereClauseIsAPartAndACapacityIsNotTheLoad() {
        run.count(gazette, "Twenty-three survivors", 23, Qualifier.EXACT, "survivors", "survivor", null, List.of(),
                "Twenty-three survivors were taken to Skarra General Hospital.");
        run.count(times, "four", 4, Qualifier.EXACT, "survivors", "survivor", null, List.of(),
                "Twenty-three survivors were taken to Skarra General Hospital, where four remain in a critical "
                        + "condition.");
        run.count(gazette, "198 passengers", 198, Qualifier.EXACT, "passengers", "passenger", null, List.of(),
                "The Skarra ferry was carrying 198 passengers when it overturned.");
        run.count(times, "350 passengers", 350, Qualifier.EXACT, "passengers", "passenger", null, List.of(),
                "The Skarra ferry, licensed to carry 350 passengers, overturned.");
        run.count(gazette, "300 passengers", 300, Qualifier.EXACT, "passengers", "passenger", null, List.of(),
                "The Skarra ferry was often loaded close to its limit of 300 passengers.");

        assertThat(run.check()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("numeric-mismatch");
            assertThat(f.message()).contains("\"300 passengers\"", "\"350 passengers\"");
        });
    }

    @Test
    void moreOfAGroupIsAnAdditionAndARatePerDayIsNotATotal() {
        run.count(gazette, "23 people", 23, Qualifier.EXACT, "people", "people", "injure", List.of(),
                "At the Carrow viaduct 23 people were injured in the collapse.");
        run.count(times, "four more people", 4, Qualifier.EXACT, "more people", "people", "injure", List.of(),
                "At the Carrow viaduct four more people were injured in the collapse, police said.");
        run.count(gazette, "Fourteen vehicles", 14, Qualifier.EXACT, "vehicles", "vehicle", null, List.of(),
                "Fourteen vehicles were on the Carrow viaduct span when it collapsed.");
        run.count(times, "about 70,000 vehicles", 70000, Qualifier.APPROXIMATELY, "vehicles", "vehicle", null,
                List.of(), "The Carrow viaduct span carried about 70,000 vehicles a day until it collapsed.");

        assertThat(run.check()).isEmpty();
    }

    @Test
    void sumsMoreThanTenTimesApartAreNoOneFigureButAScaleSlipIs() {
        run.euros(gazette, "€27.35", 27.35, null, "Shares in Veltrane fell on Wednesday to €27.35.");
        run.euros(times, "about €610 million", 610e6, null,
                "Shares in Veltrane fell on Wednesday, wiping about €610 million off its value.");
        run.euros(times, "€27.35 billion", 27.35e9, null, "Shares in Veltrane fell on Wednesday to €27.35 billion.");
        run.euros(gazette, "€3.25", 3.25, null, "A single ticket went from €3.25 to €3.60 on Wednesday.");
        run.euros(times, "€112", 112, null, "A monthly ticket went from €112 to €128 on Wednesday.");

        assertThat(run.check()).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("\"€27.35\"", "\"€27.35 billion\""));
    }

    @Test
    void countsMoreThanDoubleApartAreOneFigureOnlyWhenTheirDigitsSlipped() {
        run.count(gazette, "148,326 pupils", 148326, Qualifier.EXACT, "pupils", "pupil", null, List.of(),
                "In all, 148,326 pupils at Marlow schools sat the certificate this year.");
        run.count(times, "47,000 pupils", 47000, Qualifier.NEARLY, "pupils", "pupil", null, List.of(),
                "Close to 47,000 pupils at Marlow schools will resit the certificate this year.");
        assertThat(run.check()).isEmpty();

        run.count(gazette, "1,800 teachers", 1800, Qualifier.EXACT, "teachers", "teacher", null, List.of(),
                "The certificate was marked by 1,800 teachers at Marlow schools this year.");
        QuantityClaim transposed = run.count(times, "8,100 teachers", 8100, Qualifier.EXACT, "teachers", "teacher",
                null, List.of(), "The certificate was marked by 8,100 teachers at Marlow schools this year.");

        assertThat(run.check()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("numeric-mismatch");
            assertThat(f.claims()).contains(transposed.id());
        });
    }

    @Test
    void aFigureMeasuredAgainstIsNotTheFigureAndAMeasureOfAThingIsKeyedByTheThing() {
        run.count(gazette, "288 nanograms", 288, Qualifier.EXACT, "nanograms", "nanogram", null, List.of(),
                "Each Tensiquel tablet from the plant held 288 nanograms of the impurity.");
        run.count(times, "96 nanograms", 96, Qualifier.EXACT, "nanograms", "nanogram", null, List.of(),
                "Each Tensiquel tablet from the plant held the impurity, against an acceptable limit of 96 "
                        + "nanograms.");
        run.length(gazette, "112-metre", 112, "m", 1, "section", "collapse",
                "A 112-metre section of the Carrow viaduct fell into the valley.");
        run.length(times, "121-metre", 121, "m", 1, "section", "spend",
                "Rebuilding the 121-metre section of the Carrow viaduct will cost millions.");

        assertThat(run.check()).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("\"121-metre\"", "\"112-metre\""));
    }

    @Test
    void aNationalFigureIsNotARegionsButMeetsOneThatSaysNeither() {
        run.count(gazette, "3,910 homes", 3910, Qualifier.EXACT, "homes", "home", null, List.of("Veltrava"),
                "In the capital region of Veltrava, 3,910 homes were sold in the quarter, the office said.");
        run.count(times, "nearly 2,500 homes", 2500, Qualifier.NEARLY, "homes", "home", null, List.of(),
                "Nationally, nearly 2,500 homes were sold in the quarter, the office said.");
        assertThat(run.check()).isEmpty();

        run.count(run.document("post.md", "2026-03-17"), "2,900 homes", 2900, Qualifier.EXACT, "homes", "home", null,
                List.of(), "Some 2,900 homes were sold in the quarter, the office said.");

        assertThat(run.check()).extracting(Finding::message).isNotEmpty()
                .noneMatch(m -> m.contains("3,910") && m.contains("2,500"));
    }

    @Test
    void aFigureOfSomePartsIsNeverTheWholesButMeetsAnotherOfSomeParts() {
        run.percent(gazette, "46.2 percent", 46.2, "turnout", null,
                "Turnout in the Port Harrow mayoral election was 46.2 percent, the elections office said.");
        run.percent(times, "60 percent", 60, "turnout", null,
                "Her margin came from the east of the city, where turnout in some wards topped 60 percent.");
        assertThat(run.check()).isEmpty();

        QuantityClaim wider = run.percent(run.document("post.md", "2026-03-17"), "48 percent", 48, "turnout", null,
                "Turnout in the east of the city reached 48 percent in some wards, officials said.");

        assertThat(run.check()).singleElement().satisfies(f -> assertThat(f.claims()).contains(wider.id()));
    }

    @Test
    void theWholeAPartIsOfIsNotThePart() {
        run.count(gazette, "about 1,100 jobs", 1100, Qualifier.APPROXIMATELY, "jobs", "job", null, List.of(),
                "Brevant and Corvina plan to cut about 1,100 jobs, the companies said.");
        run.count(times, "11,800 jobs", 11800, Qualifier.EXACT, "jobs", "job", null, List.of(),
                "Brevant and Corvina plan to cut 1,100 of the combined 11,800 jobs, the companies said.");

        assertThat(run.check()).isEmpty();
    }

    @Test
    void aNumberOfItsOwnPeopleIsNoPartOfAGroupNamedBefore() {
        run.count(gazette, "212 of its people", 212, Qualifier.EXACT, "people", "people", "free", List.of(),
                "Calder freed 212 of its people in the exchange at Millbrook, the mediator said.");
        run.count(times, "221 people", 221, Qualifier.EXACT, "people", "people", "free", List.of(),
                "Calder freed 221 people in the exchange at Millbrook, the mediator said.");

        assertThat(run.check()).singleElement().satisfies(f -> assertThat(f.rule()).isEqualTo("numeric-mismatch"));
    }

    @Test
    void aRivalsOrASistersFigureIsNotTheStorysButTheStorysOwnRivalIs() {
        run.percent(gazette, "91 percent", 91, "effective", null,
                "Against severe disease the Halvorsen vaccine was 91 percent effective in the trial.");
        run.percent(times, "71 percent", 71, "effective", null,
                "For comparison, a rival vaccine from Brenmark was 71 percent effective in its own trial.");
        run.count(gazette, "128 passengers", 128, Qualifier.EXACT, "passengers", "passenger", "ill", List.of(),
                "On the Coral Sovereign 128 passengers fell ill with norovirus.");
        run.count(times, "43 passengers", 43, Qualifier.EXACT, "passengers", "passenger", "ill", List.of(),
                "In March 43 passengers fell ill with norovirus on the Coral Empress, the Coral Sovereign's sister "
                        + "ship.");
        assertThat(run.check()).isEmpty();

        run.eurosOf(gazette, "€1.38 billion", 1.38e9, "value",
                "Brevant has agreed to buy its smaller rival Corvina in a deal that values Corvina at €1.38 billion.");
        run.eurosOf(times, "€1.83 billion", 1.83e9, "value",
                "Brevant will buy its rival Corvina in a deal that values Corvina at €1.83 billion.");

        assertThat(run.check()).singleElement().satisfies(f -> assertThat(f.rule()).isEqualTo("numeric-mismatch"));
    }

    @Test
    void aFigureOfAnEventTheSentenceCallsSeparateIsNotComparedWithTheStorysOwn() {
        run.count(gazette, "12 people", 12, Qualifier.EXACT, "people", "people", "kill", List.of(),
                "Drones killed 12 people overnight in the attack, the fire service said.");
        run.count(times, "nine people", 9, Qualifier.EXACT, "people", "people", "kill", List.of(),
                "In a separate attack, drones killed nine people overnight, the fire service said.");
        run.count(gazette, "640 firefighters", 640, Qualifier.EXACT, "firefighters", "firefighter", null, List.of(),
                "Some 640 firefighters were battling the blaze on Wednesday.");
        run.count(times, "120 firefighters", 120, Qualifier.EXACT, "firefighters", "firefighter", null, List.of(),
                "Crews were stretched by a second, unrelated blaze: 120 firefighters were diverted on Wednesday.");
        run.euros(gazette, "€38 million", 38e6, null, "The state approved a €38 million retrofit of the bridge.");
        run.euros(times, "€52 million", 52e6, null,
                "Elsewhere in the state, a €52 million retrofit of a viaduct is due to be completed in 2026.");
        assertThat(run.check()).isEmpty();

        run.count(gazette, "300 jobs", 300, Qualifier.EXACT, "jobs", "job", "cut", List.of(),
                "Calder Mills will cut 300 jobs, adding that the cuts were unrelated to the merger.");
        run.count(times, "450 jobs", 450, Qualifier.EXACT, "jobs", "job", "cut", List.of(),
                "Calder Mills will cut 450 jobs at its plant.");

        assertThat(run.check()).singleElement().satisfies(f -> assertThat(f.rule()).isEqualTo("numeric-mismatch"));
    }

    @Test
    void aTargetOrAForecastIsNeverComparedWithAReading() {
        run.percent(gazette, "2 per cent", 2, "inflation", null, "The bank targets inflation of 2 per cent.");
        run.percent(times, "3.1%", 3.1, "inflation", null, "Annual inflation eased to 3.1% in March.");
        run.temperature(gazette, "43.9C", 43.9, "degC", null, "Seville had a high of 43.9C at the airport.");
        run.temperature(times, "34C", 34, "degC", null,
                "Seville will see highs of around 34C at the airport, forecasters said.");
        assertThat(run.check()).isEmpty();

        run.percent(times, "2.5%", 2.5, "inflation", null, "The bank's inflation target is 2.5%.");

        assertThat(run.check()).singleElement().satisfies(f -> assertThat(f.message()).startsWith("\"2.5%\""));
    }

    @Test
    void aFigureDemandedIsNeverComparedWithOneOfferedOrAccepted() {
        run.percent(gazette, "15 percent", 15, "rise", null, "The union is demanding a 15 percent rise for teachers.");
        run.percent(gazette, "6 percent", 6, "rise", null, "Last year teachers accepted a 6 percent rise.");
        run.percent(times, "4.5 per cent", 4.5, "rise", null,
                "The union wants a 15 per cent rise; the ministry has put a 4.5 per cent rise on the table.");
        run.percent(times, "15 per cent", 15, "rise", null,
                "The union wants a 15 per cent rise; the ministry has put a 4.5 per cent rise on the table.");
        assertThat(run.check()).isEmpty();

        QuantityClaim lower = run.percent(times, "12 percent", 12, "rise", null,
                "The union is seeking a 12 percent rise for teachers.");

        assertThat(run.check()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("internal-inconsistency");
            assertThat(f.claims()).contains(lower.id());
        });
    }

    @Test
    void aPriceAgreedToBePaidIsThePriceNotAFigureAccepted() {
        run.euros(gazette, "€56.50", 56.5, "spend",
                "Halvard Pharma agreed on Monday to buy the drug maker Corvel for €56.50 a share in cash.");
        run.euros(times, "€58.50", 58.5, "spend", "Halvard Pharma said it would pay €58.50 a share for Corvel.");

        assertThat(run.check()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("numeric-mismatch");
            assertThat(f.message()).startsWith("\"€58.50\"");
        });

        run.euros(times, "€57", 57, "spend", "Corvel's board agreed to a €57 price for each share, Halvard said.");

        assertThat(run.check()).hasSize(1);
    }

    @Test
    void temperaturesAreComparedInDegreesCelsius() {
        run.temperature(gazette, "41.3C", 41.3, "degC", "have",
                "The mercury reached 41.3C at Brackenford airfield on Wednesday, the weather service said.");
        run.temperature(times, "106 degrees Fahrenheit", 106, "degF", "have",
                "The temperature at Brackenford airfield was 106 degrees Fahrenheit on Wednesday.");
        QuantityClaim hotter = run.temperature(times, "111 degrees Fahrenheit", 111, "degF", "have",
                "On Wednesday the temperature at Brackenford airfield was 111 degrees Fahrenheit.");

        assertThat(run.check()).extracting(Finding::rule, Finding::message).containsExactly(tuple(
                "internal-inconsistency", "\"111 degrees Fahrenheit\" (times.md:3) disagrees with \"106 degrees "
                        + "Fahrenheit\" (times.md:2): 111 degF vs 106 degF are 2.8 °C apart, and an unhedged reading "
                        + "allows 2% or half a degree of rounding."));
        assertThat(run.check()).allSatisfy(f -> assertThat(f.claims()).contains(hotter.id()));
    }

    @Test
    void aFigureOfTheSeparateEventASentenceNamesIsNotTheStorysFigure() {
        run.count(gazette, "212 homes", 212, Qualifier.EXACT, "homes", "home", "destroy", List.of(),
                "The Harlan Canyon Fire has destroyed 212 homes in the hills of Vessey County, officials said.");
        run.count(times, "four homes", 4, Qualifier.EXACT, "homes", "home", "destroy", List.of(),
                "In Vessey County, the separate Cutter Creek Fire has destroyed four homes in the hills, officials "
                        + "said.");

        assertThat(run.check()).isEmpty();
    }

    @Test
    void aNightsLowABodysTemperatureAndAFallInDegreesAreNotTheDaysHigh() {
        run.temperature(gazette, "46.3C", 46.3, "degC", "peak",
                "Temperatures in Varnholm peaked at 46.3C on Tuesday, a national record, the institute said.");
        run.temperature(times, "29C", 29, "degC", null,
                "Night-time temperatures in Varnholm have not fallen below 29C since the weekend.");
        run.temperature(times, "41 degrees", 41, "degC", null,
                "Patients in Varnholm arrive with core temperatures above 41 degrees, a doctor said.");
        run.temperature(gazette, "six to eight degrees", 6, "degC", null,
                "Temperatures in Varnholm will fall by six to eight degrees on Sunday.");
        run.temperature(gazette, "7 degrees", 7, "degC", null,
                "A front brought temperatures in Varnholm down by 7 degrees on Sunday.");
        run.temperature(times, "31C", 31, "degC", null, "The high in Varnholm on Sunday was 31C.");
        QuantityClaim record = run.temperature(times, "44.3C", 44.3, "degC", "peak",
                "Temperatures in Varnholm peaked at 44.3C on Tuesday, a national record, the institute said.");

        assertThat(run.check()).singleElement()
                .satisfies(f -> assertThat(f.claims()).hasSize(2).contains(record.id()));
    }

    @Test
    void aFigureOfAnEarlierEventOrOfAUsualDayIsNotTheStorysFigure() {
        run.count(gazette, "37 deaths", 37, Qualifier.EXACT, "deaths", "death", "kill", List.of(),
                "The health ministry has linked 37 deaths in Varnholm to the heat.");
        run.count(times, "41 deaths", 41, Qualifier.EXACT, "deaths", "death", "kill", List.of(),
                "Last summer's heatwave in Varnholm, which peaked in early August, was blamed for 41 deaths.");
        run.count(gazette, "41 deaths", 41, Qualifier.EXACT, "deaths", "death", "kill", List.of(),
                "A year ago, the heat in Varnholm was blamed for 41 deaths.");
        run.count(gazette, "80 flights", 80, Qualifier.APPROXIMATELY, "flights", "flight", null, List.of(),
                "Varnair will keep about 80 flights a day running from Varnholm during the strike.");
        run.count(times, "460 flights", 460, Qualifier.APPROXIMATELY, "flights", "flight", null, List.of(),
                "Varnair normally operates around 460 flights a day from Varnholm.");

        assertThat(run.check()).isEmpty();
    }

    @Test
    void aFigureInAClauseAboutAnEventAYearBeforeIsOfThatEvent() {
        run.percent(gazette, "7 percent", 7, "rise", null,
                "The Arvenport council approved a 7 percent rise in parking fees on Tuesday.");
        run.percent(gazette, "3 percent", 3, "rise", null, "The rise in Arvenport parking fees comes a year after "
                + "the council approved a 3 percent rise.");
        QuantityClaim shortly = run.percent(gazette, "4 percent", 4, "rise", null,
                "Two days after the vote, the Arvenport council said a 4 percent rise in parking fees was enough.");

        assertThat(run.check()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("internal-inconsistency");
            assertThat(f.claims()).contains(shortly.id());
        });
    }

    @Test
    void aFigureAnArticleContradictsItselfOnIsReportedInsideItOnly() {
        String price = "The average price of a home in Kaldoria was %s in September, the office said.";
        run.eurosOf(gazette, "€287,400", 287_400, "price", price.formatted("€287,400"));
        QuantityClaim restated = run.eurosOf(times, "€287,400", 287_400, "price", price.formatted("€287,400"));
        QuantityClaim slip = run.eurosOf(times, "€268,400", 268_400, "price",
                "In September the average price of a home in Kaldoria reached €268,400, the office said.");

        assertThat(run.check()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("internal-inconsistency");
            assertThat(f.claims()).containsExactlyInAnyOrder(restated.id(), slip.id());
        });
    }

    @Test
    void aFigureAfterLastYearsIsOfAnEarlierPeriod() {
        run.eurosOf(gazette, "€287,400", 287_400, "price",
                "The average price of a home in Kaldoria was €287,400 in September, the office said.");
        String climb = "In Kaldoria the average price climbed from last year's €274,300 to this year's €287,400.";
        run.eurosOf(times, "€274,300", 274_300, "price", climb);
        run.eurosOf(times, "€287,400", 287_400, "price", climb);

        assertThat(run.check()).isEmpty();
    }

    @Test
    void aFigureAnotherArticleAlsoGivesRestatesThatOne() {
        String both = "In Kaldoria the pass rate was 86 percent in the capital region and 74 percent in Northmark.";
        run.percent(gazette, "86 percent", 86, "rate", null, both);
        QuantityClaim northmark = run.percent(gazette, "74 percent", 74, "rate", null, both);
        run.percent(times, "74 percent", 74, "rate", null, "The pass rate in Kaldoria was 74 percent, officials said.");
        DocumentInfo herald = run.document("herald.md", "2026-03-17");
        QuantityClaim misstated = run.percent(herald, "64 percent", 64, "rate", null,
                "Kaldoria's pass rate reached 64 percent, officials said.");

        assertThat(run.check()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("numeric-mismatch");
            assertThat(f.claims()).containsExactlyInAnyOrder(northmark.id(), misstated.id());
        });
    }

    @Test
    void aDifferenceOrAReplacedValueIsNotTheFigureItself() {
        String votes = "%s in the mayoral race in Arvenport, the election board said.";
        run.count(gazette, "1,214 votes", 1214, Qualifier.EXACT, "votes", "vote", null, List.of(),
                votes.formatted("Marchetti won by a margin of 1,214 votes"));
        run.count(times, "1,241 votes", 1241, Qualifier.EXACT, "votes", "vote", null, List.of(),
                votes.formatted("Keszthelyi took 1,241 votes"));
        run.count(times, "1,187 votes", 1187, Qualifier.EXACT, "votes", "vote", null, List.of(),
                votes.formatted("A recount trimmed the margin to 1,187 votes"));
        String power = "Velnett said %s households in the valley were without power, the grid operator said.";
        run.count(gazette, "62,000 households", 62000, Qualifier.EXACT, "households", "household", null, List.of(),
                power.formatted("62,000") + " That was down from 140,000 households in the valley.");
        run.count(times, "140,000 households", 140000, Qualifier.EXACT, "households", "household", null, List.of(),
                "Velnett said 62,000 households in the valley were without power, down from 140,000 households.");

        assertThat(run.check()).isEmpty();
    }

    @Test
    void theCurrentValueAFigureChangesFromIsNotTheFigure() {
        run.count(gazette, "14 crowns", 14, Qualifier.EXACT, "crowns", "crown", null, List.of(),
                "The toll on the Varne bridge will be 14 crowns from May, the council said.");
        run.count(times, "11 crowns", 11, Qualifier.EXACT, "crowns", "crown", null, List.of(),
                "The toll on the Varne bridge will change in May from the current 11 crowns, the council said.");

        assertThat(run.check()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"rather than the 27,000 it reported a month ago.", "up from the 27,000 it first reported."})
    void aValueReplacedUpFromTheOrRatherThanIsNotTheFigureItself(String replaced) {
        String revised = "The Veldonia statistics office said employers added 21,400 jobs in August";
        run.count(gazette, "21,400 jobs", 21400, Qualifier.EXACT, "jobs", "job", null, List.of(), revised + ".");
        run.count(times, "27,000", 27000, Qualifier.EXACT, "jobs", "job", null, List.of(), revised + ", " + replaced);

        assertThat(run.check()).isEmpty();
    }

    @Test
    void aReplacedValueGivenAgainInOtherTermsIsNotTheFigureItself() {
        String loss = "The net loss of Quilmark widened to €38.2 million, or 27 cents a share";
        run.euros(gazette, "27 cents", 0.27, null, loss + ", from €21.4 million, or 16 cents a share.");
        run.euros(gazette, "16 cents", 0.16, null, loss + ", from €21.4 million, or 16 cents a share.");
        run.euros(times, "27 cents", 0.27, null, loss + ".");

        assertThat(run.check()).isEmpty();
    }

    @Test
    void aFigureComparedWithOrAPartOfAnotherIsNotThatFigure() {
        run.count(gazette, "18,240 students", 18240, Qualifier.EXACT, "students", "student", null, List.of(),
                "At Eastmere, 18,240 students enrolled, 6.4% fewer than the 19,490 who enrolled last year.");
        run.count(gazette, "19,490", 19490, Qualifier.EXACT, "students", "student", null, List.of(),
                "At Eastmere, 18,240 students enrolled, 6.4% fewer than the 19,490 who enrolled last year.");
        run.count(times, "18,240 students", 18240, Qualifier.EXACT, "students", "student", null, List.of(),
                "At Eastmere, 18,240 students enrolled this year.");
        run.count(gazette, "340 posts", 340, Qualifier.EXACT, "posts", "post", null, List.of(),
                "Eastmere will cut 340 posts.");
        run.count(gazette, "120", 120, Qualifier.EXACT, "academic posts", "post", null, List.of("academic"),
                "Of those, 120 are academic posts at Eastmere.");
        run.count(times, "220", 220, Qualifier.EXACT, "posts", "post", null, List.of(),
                "The Eastmere cuts include 120 academic posts; the remaining 220 are in services.");

        assertThat(run.check()).isEmpty();
    }

    @Test
    void aMeasureRestatedInAnotherUnitInOneSentenceMustConvertToIt() {
        String finish = "At the finish on Quayside Parade the temperature reached 34C (97F), organisers said.";
        run.temperature(gazette, "34C", 34, "degC", null, finish);
        run.temperature(gazette, "97F", 97, "degF", null, finish);
        String quake = "The quake struck 14 kilometres (9 miles) below Calbrin, the institute said.";
        run.length(times, "14 kilometres", 14, "km", 1000, "depth", quake);
        run.length(times, "9 miles", 9, "mi", 1609.344, "depth", quake);
        String epicentre = "The epicentre lay 22 kilometres (15.2 miles) from Harl, the institute said.";
        run.length(times, "22 kilometres", 22, "km", 1000, "distance", epicentre);
        run.length(times, "15.2 miles", 15.2, "mi", 1609.344, "distance", epicentre);
        String fire = "The fire came within 2 kilometres (1 mile) of Orrin, officials said.";
        run.length(gazette, "2 kilometres", 2, "km", 1000, "distance", fire);
        run.length(gazette, "1 mile", 1, "mi", 1609.344, "distance", fire);

        assertThat(run.check()).extracting(Finding::rule, f -> f.message().substring(0, f.message().indexOf(" (")))
                .containsExactlyInAnyOrder(tuple("internal-inconsistency", "\"97F\""),
                        tuple("internal-inconsistency", "\"15.2 miles\""));
    }

    @Test
    void anAmountWithMoreAfterItIsAnAddition() {
        run.count(gazette, "4.5 million doses", 4.5e6, Qualifier.EXACT, "doses", "dose", null, List.of(),
                "Corvania will buy 4.5 million doses of the HPB-207 vaccine.");
        run.count(times, "2 million more", 2e6, Qualifier.EXACT, "doses", "dose", null, List.of(),
                "Corvania will buy doses of the HPB-207 vaccine, with an option for 2 million more.");

        assertThat(run.check()).isEmpty();
    }

    @Test
    void aCompoundListedWithAGroupCountsWhatTheGroupCounts() {
        run.count(gazette, "More than 350 rescuers", 350, Qualifier.MORE_THAN, "rescuers", "rescuer", "rescue",
                List.of(), "More than 350 rescuers worked through the night at Orlan Pass.");
        run.count(times, "About 250 rescue workers", 250, Qualifier.APPROXIMATELY, "rescue workers", "worker",
                "rescue", List.of("rescue"), "About 250 rescue workers worked through the night at Orlan Pass.");
        run.count(times, "40 workers", 40, Qualifier.EXACT, "workers", "worker", "rescue", List.of(),
                "At Orlan Pass 40 workers worked through the night.");

        assertThat(run.check()).singleElement()
                .satisfies(f -> assertThat(f.message())
                        .contains("\"About 250 rescue workers\"", "\"More than 350 rescuers\""));
    }

    @Test
    void aFallIsNotARise() {
        run.percent(gazette, "7.4 percent", 7.4, "price", null, "In Veltrava, home prices rose 7.4 percent.");
        run.percent(times, "1.9 percent", 1.9, "price", null, "In Veltrava, home prices dropped 1.9 percent.");
        run.percent(times, "2.4 percent", 2.4, "price", null, "In Veltrava, home prices rose 2.4 percent.");

        assertThat(run.check()).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("\"7.4 percent\"", "\"2.4 percent\""));
    }

    @Test
    void theVotesAgainstAreNotTheVotesFor() {
        run.count(gazette, "Nine councillors", 9, Qualifier.EXACT, "councillors", "councillor", null, List.of(),
                "Nine councillors voted for the Arvenport budget.");
        run.count(times, "Five councillors", 5, Qualifier.EXACT, "councillors", "councillor", null, List.of(),
                "Five councillors voted against the Arvenport budget.");
        run.count(gazette, "four councillors", 4, Qualifier.EXACT, "councillors", "councillor", null, List.of(),
                "The four councillors opposed to the Arvenport budget came from the opposition.");

        assertThat(run.check()).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("\"Five councillors\"", "\"four councillors\""));
    }

    @Test
    void theSourcesOfAReportAProportionAndAPartOfATotalAreNotTheTotal() {
        String cuts = "Calder will cut %s at its plants in Granholm, the union said.";
        run.count(gazette, "6,500 jobs", 6500, Qualifier.EXACT, "jobs", "job", "cut", List.of(),
                cuts.formatted("6,500 jobs"));
        run.count(times, "one", 1, Qualifier.EXACT, "jobs", "job", "cut", List.of(),
                cuts.formatted("one in seven jobs"));
        run.count(times, "seven jobs", 7, Qualifier.EXACT, "jobs", "job", "cut", List.of(),
                cuts.formatted("one in seven jobs"));
        run.count(times, "1,100", 1100, Qualifier.EXACT, "jobs", "job", "cut", List.of(),
                cuts.formatted("jobs, including all 1,100 at Granholm,"));
        run.count(gazette, "1,100", 1100, Qualifier.EXACT, "jobs", "job", "cut", List.of(),
                "Of the 6,500 jobs Calder will cut at its plants in Granholm, 1,100 are at one plant, the union "
                        + "said.");
        run.count(times, "two people", 2, Qualifier.EXACT, "people", "people", null, List.of(),
                "Two people familiar with the plans said Calder will cut jobs at its plants in Granholm.");
        run.count(gazette, "five people", 5, Qualifier.EXACT, "people", "people", null, List.of(),
                "Five people at its plants in Granholm said Calder will cut jobs.");

        assertThat(run.check()).isEmpty();
    }

    @Test
    void aValueAFigureFellFromIsNotTheFigure() {
        String outages = "Outages in the valley fell to %s, Velnett said.";
        run.count(gazette, "62,000 households", 62000, Qualifier.EXACT, "households", "household", null, List.of(),
                outages.formatted("62,000 households from 140,000 households"));
        run.count(gazette, "140,000 households", 140000, Qualifier.EXACT, "households", "household", null,
                List.of(), outages.formatted("62,000 households from 140,000 households"));
        run.count(times, "62,500 households", 62500, Qualifier.EXACT, "households", "household", null, List.of(),
                outages.formatted("62,500 households"));

        assertThat(run.check()).isEmpty();
    }

    @Test
    void aFigureComparedWithOrOfAnEarlierPeriodIsNotTheFigure() {
        String widened = "The net loss widened to €318 million, compared with a loss of €96 million in the same "
                + "quarter last year, Velnett said.";
        QuantityClaim loss = run.eurosOf(gazette, "€318 million", 318e6, "loss", widened);
        run.eurosOf(gazette, "€96 million", 96e6, "loss", widened);
        String fromEarlier = "Velnett said the net loss widened to €318m from €96m a year earlier.";
        run.eurosOf(times, "€318m", 318e6, "loss", fromEarlier);
        run.eurosOf(times, "€96m", 96e6, "loss", fromEarlier);
        QuantityClaim wrong = run.eurosOf(run.document("post.md", "2026-03-17"), "€381 million", 381e6, "loss",
                "Velnett said the quarter's net loss was €381 million.");

        assertThat(run.check()).singleElement()
                .satisfies(f -> assertThat(f.claims()).containsExactly(loss.id(), wrong.id()));
    }

    @Test
    void physicalMeasuresMoreThanTenTimesApartMeasureDifferentThings() {
        QuantityClaim inches = run.length(gazette, "4.4 inches", 4.4, "in", 0.0254, "rain",
                "Some 4.4 inches of rain fell on the Wendle catchment over the weekend.");
        QuantityClaim millimetres = run.length(times, "170 millimetres", 170, "mm", 0.001, "rain",
                "Some 170 millimetres of rain fell on the Wendle catchment over the weekend.");
        run.length(times, "5.6 metres", 5.6, "m", 1, null,
                "The Sowe peaked at 5.6 metres over the weekend on the Wendle catchment.");

        assertThat(run.check()).singleElement()
                .satisfies(f -> assertThat(f.claims()).containsExactly(inches.id(), millimetres.id()));
    }

    @Test
    void aDistanceIsNotADepthAndAPartOfAHedgedTotalIsNotTheTotal() {
        run.length(gazette, "22 kilometres", 22, "km", 1000, "distance",
                "The quake struck 22 kilometres south-west of Calbrin, at a depth of 14 kilometres, the institute "
                        + "said.");
        run.length(times, "about 14 miles", 14, "mi", 1609.344, "distance",
                "The quake struck about 14 miles south-west of Calbrin, the institute said.");
        run.length(times, "14 kilometres", 14, "km", 1000, "depth",
                "The quake struck at a depth of 14 kilometres near Calbrin, the institute said.");
        run.count(gazette, "2,300 people", 2300, Qualifier.MORE_THAN, "people", "people", "injure", List.of(),
                "More than 2,300 people were injured in Calbrin, hospital officials said.");
        run.count(times, "310", 310, Qualifier.EXACT, "people", "people", "injure", List.of(),
                "Of the more than 2,300 people injured in Calbrin, 310 were seriously hurt, hospital officials said.");
        run.count(gazette, "Nine skiers", 9, Qualifier.EXACT, "skiers", "skier", null, List.of(),
                "Nine skiers were caught in Calbrin, hospital officials said.");
        run.count(times, "seven", 7, Qualifier.EXACT, "skiers", "skier", null, List.of(),
                "Of the nine skiers caught in Calbrin, seven were buried, hospital officials said.");

        assertThat(run.check()).isEmpty();
    }

    @Test
    void aFigureDatedLongBeforeTheOtherArticleIsHistoryNotItsNews() {
        run.peopleAt(gazette, "31 people", 31, "kill", "1971",
                "In 1971, 31 people died in a collision on the Orrin line near Harl, the operator said.");
        run.peopleAt(times, "17 people", 17, "kill", null,
                "17 people died in the derailment on the Orrin line near Harl, the operator said.");

        assertThat(run.check()).isEmpty();
    }

    @Test
    void anAmountThatSaysWhatItIsMeetsOnlyAmountsThatSayTheSame() {
        QuantityClaim loss = run.eurosOf(gazette, "€312 million", 3.12e8, "loss",
                "Calder reported a quarterly loss of €312 million, the company said.");
        QuantityClaim otherLoss = run.eurosOf(times, "€412 million", 4.12e8, "loss",
                "Calder reported a quarterly loss of €412 million, the company said.");
        run.eurosOf(times, "€38", 38, null, "Calder reported shares closed quarterly at €38, the company said.");
        run.eurosOf(times, "€187 million", 1.87e8, "profit",
                "Calder reported a quarterly profit of €187 million, the company said.");

        assertThat(run.check()).singleElement()
                .satisfies(f -> assertThat(f.claims()).containsExactly(loss.id(), otherLoss.id()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"The ministry raised its estimate of the damage from the Ostra floods to €2.3 billion.",
            "The ministry now puts the damage from the Ostra floods at €2.3 billion."})
    void aFigureRevisedInOtherWordsIsAnUpdate(String revision) {
        run.euros(gazette, "€1.8 billion", 1.8e9, "cost",
                "The ministry estimated the damage from the Ostra floods at €1.8 billion.");
        run.euros(times, "€2.3 billion", 2.3e9, "cost", revision);

        assertThat(run.check()).singleElement().satisfies(f -> assertThat(f.rule()).isEqualTo("figure-update"));
    }

    @Test
    void amountsThatSayWhatTheyAreAreComparedByWhatTheyAreWhateverTheirEvent() {
        run.eurosOf(gazette, "€1.74 billion", 1.74e9, "cost",
                "The new Aubrey Bay stadium will cost €1.74 billion, the city council said.");
        run.eurosOf(times, "€1.7 billion", 1.7e9, "tag",
                "The city council said the Aubrey Bay stadium's final price tag of €1.7 billion was high.");
        assertThat(run.check()).isEmpty();

        QuantityClaim pushed = run.eurosOf(run.document("post.md", "2026-03-17"), "€1.47 billion", 1.47e9, "cost",
                "The city council vote pushed the total cost of the Aubrey Bay stadium to €1.47 billion.");

        assertThat(run.check()).singleElement().satisfies(f -> assertThat(f.claims()).contains(pushed.id()));
    }

    @Test
    void aShortfallAGapAndADeficitAreOneFact() {
        run.eurosOf(gazette, "€41 million", 4.1e7, "shortfall",
                "The Tarn council will draw on reserves to close a €41 million shortfall in its budget.");
        QuantityClaim gap = run.eurosOf(times, "€47 million", 4.7e7, "gap",
                "Tarn officials said reserves would close most of a €47 million budget gap.");

        assertThat(run.check()).singleElement().satisfies(f -> assertThat(f.claims()).contains(gap.id()));
    }

    @Test
    void jobsPositionsAndPostsCutAreOneCount() {
        run.count(gazette, "about 2,400 jobs", 2400, Qualifier.APPROXIMATELY, "jobs", "job", "cut", List.of(),
                "Brantwell Freight said on Monday it would cut about 2,400 jobs across its depots.");
        QuantityClaim positions = run.count(times, "2,100 positions", 2100, Qualifier.EXACT, "positions",
                "position", "cut", List.of(), "Brantwell Freight will eliminate 2,100 positions at its depots.");

        assertThat(run.check()).singleElement().satisfies(f -> assertThat(f.claims()).contains(positions.id()));
    }

    @Test
    void anAmountAddedToAnotherOrPerPeriodIsNotATotal() {
        run.euros(gazette, "€800 million", 8e8, "pledge",
                "The Millbrook council pledged €800 million for the flood defences and said a further €500 million "
                        + "could follow.");
        run.euros(gazette, "€500 million", 5e8, "pledge",
                "The Millbrook council pledged €800 million for the flood defences and said a further €500 million "
                        + "could follow.");
        run.euros(times, "€800 million", 8e8, "pledge",
                "Millbrook council pledged €800 million for its flood defences, the council said.");
        run.euros(times, "€5 million a week", 5e6, "cost",
                "The flood defences in Millbrook will cost the council €5 million a week, the council said.");

        assertThat(run.check()).isEmpty();
    }

    @Test
    void anArticleContradictingItselfIsAnInternalInconsistency() {
        run.area(times, "about 46 square miles", 46, Qualifier.APPROXIMATELY, "mi2", "cover",
                FLOOD.formatted("about 46 square miles"));
        run.area(times, "20 square miles", 20, Qualifier.EXACT, "mi2", "cover",
                FLOOD.formatted("20 square miles"));

        assertThat(run.check()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("internal-inconsistency");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void figuresOfTwoQuartersAreTwoFactsButAFigureWithoutAQuarterFitsEither() {
        run.eurosOf(times, "€1.32 billion", 1.32e9, "revenue",
                "Halbrook Logistics reported third-quarter revenue of €1.32 billion on Tuesday.");
        run.eurosOf(times, "€1.51 billion", 1.51e9, "revenue",
                "For the second quarter, Halbrook Logistics had reported revenue of €1.51 billion.");
        assertThat(run.check()).isEmpty();

        QuantityClaim undated = run.eurosOf(gazette, "€1.18 billion", 1.18e9, "revenue",
                "Halbrook Logistics said its revenue fell to €1.18 billion.");

        assertThat(run.check()).isNotEmpty().allSatisfy(f -> assertThat(f.claims()).contains(undated.id()));
    }

    @Test
    void twoValuesOfOneSentenceAreAContrastNotAnInternalInconsistency() {
        String sentence = "The flood in the Millbrook valley grew from 20 square miles to about 46 square miles.";
        run.area(times, "20 square miles", 20, Qualifier.EXACT, "mi2", "cover", sentence);
        run.area(times, "about 46 square miles", 46, Qualifier.APPROXIMATELY, "mi2", "cover", sentence);

        assertThat(run.check()).isEmpty();
    }

    @Test
    void aFigureTheArticlePresentsAsARevisionIsNotAnInternalInconsistency() {
        run.count(times, "14 people", 14, Qualifier.EXACT, "people", "people", "injure", List.of(),
                INJURED.formatted("14 people"));
        run.count(times, "18", 18, Qualifier.EXACT, "people", "people", "injure", List.of(),
                "The number of people injured when the levee broke near Millbrook has risen to 18, the fire service "
                        + "said.");

        assertThat(run.check()).isEmpty();
    }

    @Test
    void articlesPublishedFarApartAreNotCompared() {
        DocumentInfo later = run.document("later.md", "2027-01-10");
        run.count(gazette, "14 people", 14, Qualifier.EXACT, "people", "people", "injure", List.of(),
                INJURED.formatted("14 people"));
        run.count(later, "41 people", 41, Qualifier.EXACT, "people", "people", "injure", List.of(),
                INJURED.formatted("41 people"));

        assertThat(run.check()).isEmpty();
    }
}
