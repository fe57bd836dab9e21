package org.claimcheck.core.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.claimcheck.core.model.AttributionClaim;
import org.junit.jupiter.api.Test;

class AttributionFinderTest {
    private static final AttributionFinder FINDER = new AttributionFinder();

    private static List<AttributionClaim> find(String text) {
        return FINDER.find(Documents.analyzed("t.md", text));
    }

    @Test
    void quoteBeforeCueWithSurnameResolvesToFullNameAndOutlet() {
        List<AttributionClaim> claims = find("Foreign Minister Anna Lindqvist spoke on Monday.\n\n"
                + "\u201CThe blockade has failed completely,\u201D Lindqvist told the Financial Times.");

        assertThat(claims).extracting(AttributionClaim::quote, AttributionClaim::speaker, AttributionClaim::cue,
                        AttributionClaim::outlet, AttributionClaim::direct, AttributionClaim::speakerMention)
                .containsExactly(tuple("The blockade has failed completely", "Anna Lindqvist", "tell",
                        "Financial Times", true, "Lindqvist"));
        assertThat(claims.get(0).mention().text()).isEqualTo("The blockade has failed completely");
    }

    @Test
    void aReportingParticipleBetweenANumberAndItsNounIsNoCue() {
        List<AttributionClaim> claims = find("The outbreak has grown to nearly 50 confirmed cases since March 4, and "
                + "12 reported deaths.\n\nHealth officials confirmed 50 cases on Friday.");

        assertThat(claims).isEmpty();
    }

    @Test
    void puttingItIsACueAndPuttingSomethingAtAFigureAnEstimate() {
        List<AttributionClaim> claims = find("Jonas Petrell, who grows wheat near Sant Ilo, put it simply: \u201CI "
                + "have never seen the soil this dry.\u201D\n\nAs Petrell put it, the ministry put the damage at $3 "
                + "million.");

        assertThat(claims).extracting(AttributionClaim::quote, AttributionClaim::speaker, AttributionClaim::cue)
                .containsExactly(tuple("I have never seen the soil this dry.", "Jonas Petrell", "put it"),
                        tuple("the damage at $3 million", "ministry", "estimate"));
    }

    @Test
    void aDayDateBeforeTheVerbIsNoSpeaker() {
        List<AttributionClaim> claims = find("Corvane Foods, the largest employer in the valley, on Oct. 22 announced "
                + "it would close two bakeries.\n\nThe union on 3 November said the closures would cost 400 jobs.");

        assertThat(claims).extracting(AttributionClaim::speaker).containsExactly("Corvane Foods", "union");
    }

    @Test
    void aQuotationIntroducedAsAPersonsOwnWordsIsThatPersons() {
        List<AttributionClaim> claims = find("Transport Minister Ilse Varda defended the timetable on Friday. Critics "
                + "quoted her own words from last spring: \u201CNot one train will run late after the upgrade.\u201D\n\n"
                + "The banners outside carried other words: \u201CStop the closures before the winter comes.\u201D");

        assertThat(claims).extracting(AttributionClaim::quote, AttributionClaim::speaker, AttributionClaim::cue)
                .containsExactly(tuple("Not one train will run late after the upgrade.", "Ilse Varda", "words"));
    }

    @Test
    void aDescriptionWithAPossessiveBeforeTheNameIsTheSpeakersNotItsAddressee() {
        List<AttributionClaim> claims = find("\u201CThey deserve to know why it took so long,\u201D the authority\u2019s "
                + "director general, Matthias Oyelaran, told reporters.");

        assertThat(claims).extracting(AttributionClaim::quote, AttributionClaim::speaker, AttributionClaim::direct)
                .containsExactly(tuple("They deserve to know why it took so long", "Matthias Oyelaran", true));
    }

    @Test
    void aParticipleDescribingTheNounBeforeOrAfterItKeepsADescriptionAnApposition() {
        List<AttributionClaim> claims = find("Klaus Feldhagen, the company's managing director, said the firm \"will "
                + "not hide behind anyone\" and had sent a crisis team to the scene.\n\nMarta Velnik, the chief "
                + "inspector leading the inquiry, said the tachograph showed 11 hours of driving.");

        assertThat(claims).extracting(AttributionClaim::quote, AttributionClaim::speaker).containsExactly(
                tuple("will not hide behind anyone", "Klaus Feldhagen"),
                tuple("the tachograph showed 11 hours of driving", "Marta Velnik"));
    }

    @Test
    void theCompanyIsTheFirstCompanyTheArticleNamedWhenNoBodySpokeBefore() {
        List<AttributionClaim> claims = find("KESSLING \u2014 Veridane Pharma has begun recalling 37 batches of its "
                + "blood-pressure tablet Tensivar.\n\nThe regulator fined it 6.5 million euros.\n\nThe company said "
                + "pharmacies would exchange affected packs free of charge.\n\nThe company also said the recall "
                + "would cost about 48 million euros.");

        assertThat(claims).extracting(AttributionClaim::speaker).containsExactly("Veridane Pharma", "Veridane Pharma");
    }

    @Test
    void aPersonDescribedByAgeAloneIsTheLastPersonNamed() {
        List<AttributionClaim> claims = find("Dario Kessane signed a five-year contract on Monday.\n\nThe 22-year-old "
                + "told the club's website he had dreamed of wearing the shirt \"since I was a boy watching games with "
                + "my father.\"");

        assertThat(claims).extracting(AttributionClaim::speaker, AttributionClaim::speakerMention)
                .containsExactly(tuple("Dario Kessane", "The 22-year-old"));
    }

    @Test
    void aPersonDescribedByAgeAndWhatTheyDoIsTheLastPersonNamed() {
        List<AttributionClaim> claims = find("Maren Holtby was asleep on the ninth floor when the alarm sounded.\n\n"
                + "\"We crawled along the carpet to find the stairs,\" the 41-year-old ferry engineer from Lisk said "
                + "on Saturday.");

        assertThat(claims).extracting(AttributionClaim::speaker, AttributionClaim::speakerMention)
                .containsExactly(tuple("Maren Holtby", "the 41-year-old ferry engineer"));
    }

    @Test
    void aFigurePutOnSomethingIsAnEstimateOfItsSpeakerButPuttingUpFencesIsNot() {
        List<AttributionClaim> claims = find("Delia Farrow spoke on Friday.\n\nFarrow put a preliminary estimate of the "
                + "damage at $310 million, most of it to crops.\n\nMr Pellow estimated the damage at about \u00A38 "
                + "million.\n\nThe council put up fences at 12 sites.\n\nTeodor Brannik put the cost of clearing the "
                + "section at an estimated $18 million.");

        assertThat(claims).extracting(AttributionClaim::quote, AttributionClaim::speaker, AttributionClaim::cue)
                .containsExactly(
                        tuple("a preliminary estimate of the damage at $310 million", "Delia Farrow", "estimate"),
                        tuple("the damage at about \u00A38 million", "Pellow", "estimate"),
                        tuple("the cost of clearing the section at an estimated $18 million", "Teodor Brannik",
                                "estimate"));
    }

    @Test
    void aDescriptionMayNameTheBodyItIsAtAndFiguresAddedAreNoWords() {
        List<AttributionClaim> claims = find("\u201CThe labour market is cooling gradually, not collapsing,\u201D Helena "
                + "Varga-Roos, head of labour market statistics at Statistics Veldonia, told reporters in Pellham."
                + "\n\nShe added that hiring had slowed since the spring.\n\nThe economy added a net 38,500 jobs "
                + "last month, Statistics Veldonia said.\n\nConstruction added 9,100 jobs and hospitality 6,300.");

        assertThat(claims).extracting(AttributionClaim::quote, AttributionClaim::speaker, AttributionClaim::cue)
                .containsExactly(
                        tuple("The labour market is cooling gradually, not collapsing", "Helena Varga-Roos", "tell"),
                        tuple("hiring had slowed since the spring", "Helena Varga-Roos", "add"),
                        tuple("The economy added a net 38,500 jobs last month", "Statistics Veldonia", "say"));
    }

    @Test
    void bodiesKeepTheirWholeNameAndTheirHeadOrInitialsStandForThem() {
        List<AttributionClaim> claims = find("About 9,400 residents of Bellmont are under evacuation orders, the "
                + "Vessey County Sheriff’s Office said.\n\nThe fire was 35 percent contained on Wednesday, according "
                + "to the Vessey County Fire Department.\n\nThe Halvern Public Health Agency said 350 passengers fell "
                + "ill.\n\nLaboratory tests on samples from the ship confirmed norovirus in nine of 11 samples, the "
                + "agency said.\n\nThe Federation of Nursing Staff said members would vote on the offer.\n\nThe FNS said "
                + "its ballot on the offer would close on 28 February.");

        assertThat(claims).extracting(AttributionClaim::speaker).containsExactly(
                "Vessey County Sheriff’s Office", "Vessey County Fire Department", "Halvern Public Health Agency",
                "Halvern Public Health Agency", "Federation of Nursing Staff", "Federation of Nursing Staff");
        assertThat(claims.get(3).quote())
                .isEqualTo("Laboratory tests on samples from the ship confirmed norovirus in nine of 11 samples");
    }

    @Test
    void andInsideTheNameOfABodyJoinsItAndABracketedAcronymStandsForIt() {
        List<AttributionClaim> claims = find("The storm came ashore on Sunday with winds of 215 km/h, the Mernesian "
                + "Meteorological and Hydrological Service (MMHS) said.\n\nFares will rise in May, the Department of "
                + "Transport and Infrastructure said.\n\nThe storm weakened quickly over land, the MMHS said.");

        assertThat(claims).extracting(AttributionClaim::speaker).containsExactly(
                "Mernesian Meteorological and Hydrological Service", "Department of Transport and Infrastructure",
                "Mernesian Meteorological and Hydrological Service");
    }

    @Test
    void theCompanyIsTheCompanyItsSentenceOpensWithOrTheLastNamedBodyThatSpoke() {
        List<AttributionClaim> claims = find("Veltrane Pharmaceuticals is recalling 38 batches of its medicine after "
                + "tests found an impurity, the company said on Tuesday.\n\nShares in Veltrane fell 4 percent.\n\n"
                + "Veltrane said the recall would cost an estimated 46 million euros.\n\nThe company also said it had "
                + "traced the impurity to a solvent used at a supplier.\n\nMedics said 19 people were treated.");

        assertThat(claims).extracting(AttributionClaim::speaker).containsExactly("Veltrane Pharmaceuticals",
                "Veltrane", "Veltrane", "Medics");
        assertThat(find("Hackers have stolen the records of 412,000 patients from Calderwood Health Partners, the "
                + "private hospital group said.")).extracting(AttributionClaim::speaker)
                .containsExactly("Calderwood Health Partners");
    }

    @Test
    void aSchoolOrACompanyNamedByItsTradeIsNoPerson() {
        List<AttributionClaim> claims = find("Priya Solberg, whose two children attend Brookmill Primary, said the "
                + "outbreak had taken her by surprise.\n\n\"I didn't think measles was something we still had to "
                + "worry about,\" she said.\n\nGreywater Mining said the Kelmoor mine would stay shut.\n\nThe company "
                + "also said it would pay the miners in full.");

        assertThat(claims).extracting(AttributionClaim::speaker).containsExactly("Priya Solberg", "Priya Solberg",
                "Greywater Mining", "Greywater Mining");
    }

    @Test
    void aCompanyDescribedByAnAppositionSpeaksForTheSentenceAndItsSourceOnlyQualifiesIt() {
        List<AttributionClaim> claims = find("Quillstream Inc., the Harlow Point-based maker of accounting software, "
                + "said on Wednesday that its revenue rose 9 percent, short of the $421.3 million analysts had "
                + "expected, according to Finbridge Data.\n\nShares in Quillstream fell 8 percent.\n\nThe company also "
                + "said it would cut about 640 jobs.");

        assertThat(claims).extracting(AttributionClaim::quote, AttributionClaim::speaker).containsExactly(
                tuple("its revenue rose 9 percent, short of the $421.3 million analysts had expected, according to "
                        + "Finbridge Data", "Quillstream"),
                tuple("it would cut about 640 jobs", "Quillstream"));
    }

    @Test
    void aFirstNameTheTaggerTakesForAPronounStillNamesTheSpeaker() {
        List<AttributionClaim> claims = find("Three of them stayed on the surface, but six were swept under "
                + "completely, police spokeswoman Ilse Granacher said.");

        assertThat(claims).extracting(AttributionClaim::quote, AttributionClaim::speaker).containsExactly(tuple(
                "Three of them stayed on the surface, but six were swept under completely", "Ilse Granacher"));
    }

    @Test
    void anAttributionSetOffByCommasInTheMiddleSaysWhoSaidTheClauseBeforeIt() {
        List<AttributionClaim> claims = find("Oskar Lindhagen, the chief executive, spoke on Monday.\n\nThe two "
                + "airlines will move to a single operating licence within 18 months, Lindhagen said, and the hub at "
                + "Aldenburg will become the main base.");

        assertThat(claims).extracting(AttributionClaim::quote, AttributionClaim::speaker).containsExactly(tuple(
                "The two airlines will move to a single operating licence within 18 months", "Oskar Lindhagen"));
    }

    @Test
    void reportedSpeechRunningIntoAQuotationIsItsLeadInNotAStatement() {
        List<AttributionClaim> claims = find("Governor Teresa Halvard repeated her warning to residents still under "
                + "orders: \"Homes can be rebuilt; lives cannot.\"");

        assertThat(claims).extracting(AttributionClaim::quote, AttributionClaim::speaker, AttributionClaim::direct)
                .containsExactly(tuple("Homes can be rebuilt; lives cannot.", "Teresa Halvard", true));
    }

    @Test
    void pronounAfterQuoteResolvesToLastNamedPerson() {
        List<AttributionClaim> claims = find("\"We will rebuild the bridge by spring,\" said Mayor Pavel Horak.\n\n"
                + "\"Nobody will stop the work now,\" he added.");

        assertThat(claims).extracting(AttributionClaim::speaker, AttributionClaim::cue)
                .containsExactly(tuple("Pavel Horak", "say"), tuple("Pavel Horak", "add"));
    }

    @Test
    void descriptionSetOffByCommasBetweenNameAndCueKeepsTheNameAsSpeaker() {
        List<AttributionClaim> claims = find("\"We held for hours,\" Owen Marsh, the emergency coordinator, said.\n\n"
                + "\"The water came in the night,\" Alys Pennard, a resident, told reporters.");

        assertThat(claims).extracting(AttributionClaim::quote, AttributionClaim::speaker, AttributionClaim::cue)
                .containsExactly(tuple("We held for hours", "Owen Marsh", "say"),
                        tuple("The water came in the night", "Alys Pennard", "tell"));
    }

    @Test
    void aQuotationThatGoesOnInTheNextSentenceKeepsItsSpeakerPastAPlaceNamedBetween() {
        List<AttributionClaim> claims = find("\u201CWe are not yet at the peak,\u201D Health Minister Clara Imbert "
                + "told reporters at a briefing in Port Calder. \u201CThe vaccines are here, and the money is "
                + "there.\u201D");

        assertThat(claims).extracting(AttributionClaim::quote, AttributionClaim::speaker)
                .containsExactly(tuple("We are not yet at the peak", "Clara Imbert"),
                        tuple("The vaccines are here, and the money is there.", "Clara Imbert"));
    }

    @Test
    void aSpeakerOfABodyBeforeTheCueIsTheSpeaker() {
        List<AttributionClaim> claims = find("\"We were fighting the sea,\" Commander Idris Fenwick of the Varran "
                + "Islands Coast Guard told reporters on Saturday.");

        assertThat(claims).extracting(AttributionClaim::quote, AttributionClaim::speaker)
                .containsExactly(tuple("We were fighting the sea", "Idris Fenwick"));
    }

    @Test
    void aPronounSkipsTheNameOfAStorm() {
        List<AttributionClaim> claims = find("Chief executive Miriam Castellane has yet to explain why the crossing "
                + "went ahead after a warning for Storm Ilse on Friday. In her only statement she said: \"Our "
                + "thoughts are with every family.\"");

        assertThat(claims).extracting(AttributionClaim::speaker).containsOnly("Miriam Castellane");
    }

    @Test
    void aPronounSkipsTheWordsOfAnOrganisationsName() {
        List<AttributionClaim> claims = find("\"Our members kept this country fed,\" said Della Prentiss, speaking "
                + "outside the Port Employers' Federation's headquarters.\n\n\"We are not going back for 4.2 per "
                + "cent,\" she said.");

        assertThat(claims).extracting(AttributionClaim::speaker).containsExactly("Della Prentiss", "Della Prentiss");
    }

    @Test
    void aPronounSkipsARunOfCapitalisedWordsThatEndsInAnOrganisationsHead() {
        List<AttributionClaim> claims = find("Ilse Varga, the head of the Railway Accident Investigation Office "
                + "(RAIO), would not confirm the figure. \"It is far too early to say what caused this,\" she told "
                + "reporters.");

        assertThat(claims).filteredOn(AttributionClaim::direct).extracting(AttributionClaim::speaker)
                .containsExactly("Ilse Varga");
    }

    @Test
    void aQuotationInsideASentenceBelongsToTheCueBeforeItWhenNoSpeakerFollows() {
        List<AttributionClaim> claims = find("Finance Minister Lotte Brenner, who had warned on Friday that the "
                + "figure \"will almost certainly climb\", said the final bill could be higher still.\n\n"
                + "Employment Minister Owen Latchford said intervention was \"not something I'm ruling in or out\", "
                + "repeating the line he used last week.");

        assertThat(claims).filteredOn(AttributionClaim::direct)
                .extracting(AttributionClaim::quote, AttributionClaim::speaker)
                .containsExactly(tuple("will almost certainly climb", "Lotte Brenner"),
                        tuple("not something I'm ruling in or out", "Owen Latchford"));
    }

    @Test
    void wordsReportedAfterSaidAreNoSpeakerEvenPastAPrepositionalPhrase() {
        List<AttributionClaim> claims = find("Mayor Edda Voskuijlen, who on Sunday called the blaze \"the worst "
                + "night this harbour has known,\" said a review of sprinklers in the city's high-rise hotels would "
                + "start on Monday.");

        assertThat(claims).filteredOn(AttributionClaim::direct).extracting(AttributionClaim::speaker)
                .containsExactly("Edda Voskuijlen");
    }

    @Test
    void aQuotationInsideASentenceTakesTheNameAfterItWhenItHasOne() {
        List<AttributionClaim> claims = find("Police said the suspect had fled, but \"we are confident we will find "
                + "him,\" Chief Oskar Brandt added.");

        assertThat(claims).filteredOn(AttributionClaim::direct).extracting(AttributionClaim::speaker)
                .containsExactly("Oskar Brandt");
    }

    @Test
    void aSpeakerDescribedAfterTheCueIsTheNameSetOffAfterTheDescription() {
        List<AttributionClaim> claims = find("\"The irregularities we found are real,\" said the presiding judge, "
                + "Renata Solberg, as she read the ruling.\n\nPrime Minister Jonas Ekvall, who visited a shelter "
                + "on Thursday, announced a relief fund and said the army would stay in the valley.");

        assertThat(claims).extracting(AttributionClaim::speaker).containsExactly("Renata Solberg", "Jonas Ekvall");
    }

    @Test
    void reportedSpeechAfterARelativeClauseOrAnAgeKeepsTheNameAsSpeaker() {
        List<AttributionClaim> claims = find("Fire chief Oskar Brandt, who is coordinating the response, said that "
                + "crews had held the eastern flank.\n\nFarmer Tomas Ruud, 64, who left his farm on Tuesday, said the "
                + "smoke was unbearable.");

        assertThat(claims).extracting(AttributionClaim::speaker, AttributionClaim::quote)
                .containsExactly(tuple("Oskar Brandt", "crews had held the eastern flank"),
                        tuple("Farmer Tomas Ruud", "the smoke was unbearable"));
    }

    @Test
    void accordingToNamesThePersonAfterADescriptionAndTheBodyBehindItsFigures() {
        List<AttributionClaim> claims = find("According to the agency's spokeswoman, Leena Varga, some 600 people "
                + "spent the night in shelters.\n\nThe stoppage costs an estimated 310 million euros a week, "
                + "according to figures from the Estravian Chamber of Commerce.");

        assertThat(claims).extracting(AttributionClaim::speaker, AttributionClaim::cue, AttributionClaim::quote)
                .containsExactly(tuple("Leena Varga", "according to", "some 600 people spent the night in shelters"),
                        tuple("Estravian Chamber of Commerce", "according to",
                                "The stoppage costs an estimated 310 million euros a week"));
    }

    @Test
    void aCentreOrAnInfirmaryIsABodyNotAPersonWithADescriptionBeforeTheName() {
        List<AttributionClaim> claims = find("Nine people remained in hospital, according to Mount Hebron Regional "
                + "Medical Center.\n\nThe toll of the outbreak rose to 14, said the Dunmore Royal Infirmary.");

        assertThat(claims).extracting(AttributionClaim::speaker).containsExactly(
                "Mount Hebron Regional Medical Center", "Dunmore Royal Infirmary");
    }

    @Test
    void aLoneSurnameWithARoleIsThePersonAPronounAfterItMeans() {
        List<AttributionClaim> claims = find("Leena Varga, who speaks for the agency, said 600 people used the "
                + "shelters.\n\nBrandt, the fire chief, was emotional. \"There was no way out for them,\" he said.");

        assertThat(claims).extracting(AttributionClaim::speaker, AttributionClaim::speakerMention)
                .containsExactly(tuple("Leena Varga", "Leena Varga"), tuple("Brandt", "he"));
    }

    @Test
    void aPlaceBeforeACommaIsNoPersonAndAPersonOfABodyStaysThePerson() {
        List<AttributionClaim> claims = find("Owen Marsh said the water was rising.\n\nThe flood reached Millbrook, "
                + "where the fire chief ordered an evacuation. \"We left at night,\" he said.\n\n"
                + "\"The levee failed twice,\" said Robert Lee of Reuters.\n\n"
                + "The river rose two metres, according to residents of Millbrook.");

        assertThat(claims).extracting(AttributionClaim::speaker)
                .containsExactly("Owen Marsh", "Owen Marsh", "Robert Lee", "residents");
    }

    @Test
    void aPastReportingFormEndingTheSentenceIsACueWhateverItsTag() {
        List<AttributionClaim> claims = find("Kostrel launched 146 attack drones and 12 ballistic missiles at Sestrin, "
                + "Karvel and Tirna, the Varnian air force said.\n\nThe council published its report.");

        assertThat(claims).extracting(AttributionClaim::speaker, AttributionClaim::cue)
                .containsExactly(tuple("Varnian air force", "say"));
    }

    @Test
    void aReportingWordAfterADeterminerIsNoCue() {
        assertThat(find("The strike costs the economy an estimated 310 million euros a week.")).isEmpty();
        assertThat(find("The ministers all said the talks had failed.")).extracting(AttributionClaim::cue)
                .containsExactly("say");
    }

    @Test
    void relativeClauseSetOffByCommasBetweenNameAndCueKeepsTheNameAsSpeaker() {
        List<AttributionClaim> claims = find("\"We held for hours,\" Owen Marsh, who leads the river crews, said.\n\n"
                + "\"The pumps failed twice,\" Alys Pennard, who has lived on the quay since 1990, told reporters.\n\n"
                + "\"It rose fast,\" Ivo Brand, who, like others, stayed, said.");

        assertThat(claims).extracting(AttributionClaim::quote, AttributionClaim::speaker, AttributionClaim::cue)
                .containsExactly(tuple("We held for hours", "Owen Marsh", "say"),
                        tuple("The pumps failed twice", "Alys Pennard", "tell"));
    }

    @Test
    void titleResolvesToPersonIntroducedWithThatDescription() {
        List<AttributionClaim> claims = find("Finnish President Sauli Ranta visited the port.\n\n"
                + "\u201CThe harbour will stay open all winter,\u201D the Finnish president noted.");

        assertThat(claims).extracting(AttributionClaim::speaker, AttributionClaim::speakerMention)
                .containsExactly(tuple("Sauli Ranta", "the Finnish president"));
    }

    @Test
    void quotationOverTwoSentencesGivesTwoClaimsWithOneSpeaker() {
        List<AttributionClaim> claims = find(
                "\u201CThe talks are over. We expect a vote next week,\u201D said Robert Lane, a senior envoy.");

        assertThat(claims).extracting(AttributionClaim::quote, AttributionClaim::speaker).containsExactly(
                tuple("The talks are over.", "Robert Lane"), tuple("We expect a vote next week", "Robert Lane"));
    }

    @Test
    void reportedSpeechWithThatAndGroupSpeaker() {
        List<AttributionClaim> claims =
                find("US officials told the Wall Street Journal that the convoy had turned back.");

        assertThat(claims).extracting(AttributionClaim::quote, AttributionClaim::speaker, AttributionClaim::outlet,
                        AttributionClaim::direct)
                .containsExactly(tuple("the convoy had turned back", "US officials", "Wall Street Journal", false));
    }

    @Test
    void accordingToPersonIsSpeakerAndAccordingToOutletIsOutlet() {
        assertThat(find("According to the ministry, the dam was repaired within a week."))
                .extracting(AttributionClaim::speaker, AttributionClaim::outlet, AttributionClaim::cue)
                .containsExactly(tuple("ministry", null, "according to"));
        assertThat(find("The dam was repaired within a week, according to Reuters."))
                .extracting(AttributionClaim::speaker, AttributionClaim::outlet)
                .containsExactly(tuple(null, "Reuters"));
    }

    @Test
    void scareQuotesWithoutCueAreNotClaims() {
        assertThat(find("Moscow continues its so-called \u201Cspecial military operation\u201D in the east."))
                .isEmpty();
    }

    @Test
    void shortQuoteGovernedByLabellingVerbIsAClaim() {
        List<AttributionClaim> claims = find(
                "Kremlin spokesman Ivan Sorokin reacted sharply, calling the plan \u201Creckless and dangerous.\u201D");

        assertThat(claims).extracting(AttributionClaim::quote, AttributionClaim::speaker, AttributionClaim::cue)
                .containsExactly(tuple("reckless and dangerous.", "Ivan Sorokin", "call"));
    }

    @Test
    void paragraphThatOnlyContinuesAQuoteKeepsTheSpeaker() {
        List<AttributionClaim> claims = find("\u201CWar is costly,\u201D Marta Kowalska told reporters.\n\n"
                + "\u201CAnd the bill always arrives later than anyone expects.\u201D");

        assertThat(claims).extracting(AttributionClaim::speaker).containsExactly("Marta Kowalska", "Marta Kowalska");
        assertThat(claims.get(1).speakerMention()).isNull();
    }

    @Test
    void mentionSpanPointsAtTheQuotedWordsInTheFile() {
        String text = "\u201CPrices will fall,\u201D Elena Varga said.";
        AttributionClaim claim = find(text).get(0);

        assertThat(text.substring(claim.mention().span().start(), claim.mention().span().end()))
                .isEqualTo("Prices will fall");
        assertThat(claim.speakerSpan().start()).isEqualTo(text.indexOf("Elena"));
    }

    @Test
    void cueBeforeQuoteWithColon() {
        List<AttributionClaim> claims = find("Defence Minister Lena Moll said: \u201CThe new brigade is ready.\u201D");

        assertThat(claims).extracting(AttributionClaim::quote, AttributionClaim::speaker, AttributionClaim::cue)
                .containsExactly(tuple("The new brigade is ready.", "Lena Moll", "say"));
    }

    @Test
    void reportedClauseBeforeCommaAndSpeaker() {
        assertThat(find("The convoy reached the border by noon, the regional governor said."))
                .extracting(AttributionClaim::quote, AttributionClaim::speaker, AttributionClaim::direct)
                .containsExactly(tuple("The convoy reached the border by noon", "regional governor", false));
        assertThat(find("The bridge would reopen in May, said Karl Brandt, whose company built it."))
                .extracting(AttributionClaim::quote, AttributionClaim::speaker)
                .containsExactly(tuple("The bridge would reopen in May", "Karl Brandt"));
    }

    @Test
    void placeNamedAsSpeakerIsAGroupAndTimeBetweenSubjectAndVerbIsSkipped() {
        assertThat(find("Kyiv this week said its forces took two villages."))
                .extracting(AttributionClaim::quote, AttributionClaim::speaker)
                .containsExactly(tuple("its forces took two villages", "Kyiv"));
    }

    @Test
    void surnameAloneResolvesToFullNameIntroducedEarlierAndAccentsDoNotMatter() {
        List<AttributionClaim> claims = find("Prime Minister Jonas Støre met the delegation on Friday.\n\n"
                + "Store said the talks would continue next month.");

        assertThat(claims).extracting(AttributionClaim::speaker, AttributionClaim::speakerMention)
                .containsExactly(tuple("Jonas Støre", "Store"));
    }

    @Test
    void aNameAfterTheWithoutATitleIsAPlaceNotTheLastPerson() {
        List<AttributionClaim> claims = find("Marta Kellen had been visiting her sister. The 61-year-old nurse spent "
                + "the night on a ledge below the Corran Cliffs after the path gave way.\n\n"
                + "\u201CI could hear the sea the whole time,\u201D she said.");

        assertThat(claims).extracting(AttributionClaim::speaker).containsExactly("Marta Kellen");
    }

    @Test
    void aRoleAtABodyIsThePersonIntroducedWithItAndTheBodyIsNoPerson() {
        List<AttributionClaim> claims = find("Odile Marchetti, senior analyst at Fenwick Partners, was unconvinced. "
                + "\u201CThe numbers flatter the harbour,\u201D she said.\n\n"
                + "\u201CTraffic is moving inland,\u201D said Marchetti, senior analyst at Fenwick Partners, who added "
                + "that bookings had been \u201Cweaker than anyone admits.\u201D");

        assertThat(claims).extracting(AttributionClaim::speaker)
                .containsExactly("Odile Marchetti", "Odile Marchetti", "Odile Marchetti");
    }

    @Test
    void theWordsAfterABodyWordAndOfEndTheBodysNameAndNameNoPerson() {
        List<AttributionClaim> claims = find("Ilka Varga, president of the Federation of Dock Workers, blamed the port "
                + "authority. \u201CThe warnings were ignored,\u201D she said.");

        assertThat(claims).extracting(AttributionClaim::speaker).containsExactly("Ilka Varga");
    }

    @Test
    void aCapitalisedWordTakenForAVerbOpensTheSpeakersName() {
        List<AttributionClaim> claims = find("\u201CWe were promised a vote,\u201D Associated Dockers secretary "
                + "Ilka Varga told the meeting.");

        assertThat(claims).extracting(AttributionClaim::speaker).containsExactly("Ilka Varga");
    }

    @Test
    void pronounTakesLastNamedPersonEvenWhenThatPersonWasOnlyMentioned() {
        List<AttributionClaim> claims = find("\u201CThe talks failed,\u201D said envoy Pavel Horak.\n\n"
                + "Later, Minister Ilse Dahl arrived in the capital.\n\n"
                + "\u201CWe will try again in spring,\u201D she said.");

        assertThat(claims).extracting(AttributionClaim::speaker).containsExactly("Pavel Horak", "Ilse Dahl");
    }

    @Test
    void descriptionFromIntroductionResolvesLaterTitle() {
        List<AttributionClaim> claims = find("Kremlin spokesman Oleg Savin declined to give details.\n\n"
                + "\u201CThe exercise is routine,\u201D the Kremlin spokesman told reporters.");

        assertThat(claims).extracting(AttributionClaim::speaker).containsExactly("Oleg Savin");
    }

    @Test
    void groupPronounTakesLastGroupSpeaker() {
        List<AttributionClaim> claims = find("US officials said the shipment had left the port.\n\n"
                + "They said it would arrive within days.");

        assertThat(claims).extracting(AttributionClaim::speaker).containsExactly("US officials", "US officials");
    }

    @Test
    void shortQuoteInsideReportedClauseIsPartOfThatClauseNotAClaimOfItsOwn() {
        List<AttributionClaim> claims =
                find("Officials in Kiev said it was a \u201Crelatively small\u201D number of units.");

        assertThat(claims).extracting(AttributionClaim::quote, AttributionClaim::speaker, AttributionClaim::direct)
                .containsExactly(tuple("it was a \"relatively small\" number of units", "Officials in Kiev", false));
    }

    @Test
    void nearMissesAreNotClaims() {
        assertThat(find("The statement said nothing new.")).isEmpty();
        assertThat(find("It was said that the bridge had collapsed.")).isEmpty();
        assertThat(find("The State Department did not reply to questions.")).isEmpty();
        assertThat(find("The film \u201CQuiet Front\u201D opened in May.")).isEmpty();
        assertThat(find("\u201CWe are ready for anything that comes next,\u201D the banner read.")).isEmpty();
    }

    @Test
    void outletBehindTheSpeakerOnlyRelaysTheQuote() {
        List<AttributionClaim> claims = find("Ivan Petrenko, spokesman for the ministry, said the aim was "
                + "\u201Cto protect the lives of our people,\u201D the Journal reported.");

        assertThat(claims).extracting(AttributionClaim::speaker, AttributionClaim::outlet, AttributionClaim::cue)
                .containsExactly(tuple("Ivan Petrenko", "Journal", "say"));
    }

    @Test
    void interviewWithOutletNamesTheOutlet() {
        assertThat(find("In an interview with CNN, Maria Lopez argued that the sanctions had worked."))
                .extracting(AttributionClaim::speaker, AttributionClaim::outlet, AttributionClaim::cue)
                .containsExactly(tuple("Maria Lopez", "CNN", "argue"));
    }

    @Test
    void quotationOpenAtParagraphEndContinuesIntoNextParagraph() {
        List<AttributionClaim> claims = find("\u201CThe first winter was the hardest.\n\n"
                + "\u201CThe second will be easier,\u201D Nadia Boyko said.");

        assertThat(claims).extracting(AttributionClaim::quote, AttributionClaim::speaker).containsExactly(
                tuple("The first winter was the hardest.", "Nadia Boyko"),
                tuple("The second will be easier", "Nadia Boyko"));
    }

    @Test
    void institutionAfterAccordingToIsAGroupSpeaker() {
        assertThat(find("According to the Pentagon, the drills will last two weeks."))
                .extracting(AttributionClaim::quote, AttributionClaim::speaker, AttributionClaim::outlet)
                .containsExactly(tuple("the drills will last two weeks", "Pentagon", null));
    }

    @Test
    void outletThatReportsIsTheOutletAndTheSourceItCitesIsTheSpeaker() {
        assertThat(find("The army is moving two brigades north, the Wall Street Journal reported on Tuesday, "
                + "citing unnamed US officials."))
                .extracting(AttributionClaim::quote, AttributionClaim::speaker, AttributionClaim::outlet)
                .containsExactly(tuple("The army is moving two brigades north", "unnamed US officials",
                        "Wall Street Journal"));
        assertThat(find("Reuters reported that the pipeline had been shut."))
                .extracting(AttributionClaim::quote, AttributionClaim::speaker, AttributionClaim::outlet)
                .containsExactly(tuple("the pipeline had been shut", null, "Reuters"));
    }

    @Test
    void quotationInterruptedByItsCueGivesTwoClaimsWithOneSpeaker() {
        assertThat(find("\u201CWe will win,\u201D Olga Marchenko said, \u201Cand then we will rebuild.\u201D"))
                .extracting(AttributionClaim::quote, AttributionClaim::speaker)
                .containsExactly(tuple("We will win", "Olga Marchenko"),
                        tuple("and then we will rebuild.", "Olga Marchenko"));
    }

    @Test
    void aPronounAfterASpeakersSentenceStandsForTheSpeakerNotForABodyNamedThere() {
        assertThat(find("Declan Forsythe, chief executive of Skerrin Line, said the company was cooperating. "
                + "\u201COur thoughts are with every family,\u201D he said. Commander Ilse Marrow, who leads the "
                + "operation for the Tarrisk Coastguard, said the search had widened. \u201CWe are still searching,"
                + "\u201D she said."))
                .extracting(AttributionClaim::speaker)
                .containsExactly("Declan Forsythe", "Declan Forsythe", "Ilse Marrow", "Ilse Marrow");
    }

    @Test
    void aNameLinkedToTheBodyAfterItSpeaksAndABodyNameKeepsItsOf() {
        assertThat(find("Priya Venkataraman of the security firm Bastion Grey says the gang has hit 30 hospitals."))
                .extracting(AttributionClaim::speaker).containsExactly("Priya Venkataraman");
        assertThat(find("The Bank of England said the economy had grown."))
                .extracting(AttributionClaim::speaker).containsExactly("Bank of England");
    }

    @Test
    void aSpeakerBeforeAnAgeAnAppositionWithARelativeClauseOrARelativeClauseWithAnAgeIsFound() {
        assertThat(find("Survivor Rosa Ennis, 34, a nurse from Vessary, said she had been in the lounge. Milo Arendt, "
                + "29, a nurse who bought a flat in Hollen in February, said he had needed help. Dalia Vorn, whose son "
                + "Matej, 24, was among those rescued, said she had not left the site."))
                .extracting(AttributionClaim::speaker)
                .containsExactly("Survivor Rosa Ennis", "Milo Arendt", "Dalia Vorn");
    }

    @Test
    void aBodyNamedWithOfInsideItsNameSpeaksAsTheBody() {
        assertThat(find("Insurers expect large claims after the flood, the Association of Valley Insurers said."))
                .extracting(AttributionClaim::speaker).containsExactly("Association of Valley Insurers");
    }
}
