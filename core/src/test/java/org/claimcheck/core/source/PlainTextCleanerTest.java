package org.claimcheck.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlainTextCleanerTest {

    private static PlainTextCleaner.Cleaned clean(String text) {
        return PlainTextCleaner.clean(text, null, null);
    }

    private static final String STORY = "Officials said 40 homes were damaged by the storm on Monday night.\n\n"
            + "The mayor said repairs would take at least two weeks to finish.\n";

    @Test
    void dropsHeaderWidgetsNavigationAndDateline() {
        String page = "Home\nMenu\n21°C\nClear sky\nTuesday, March 5, 2024\nShare on facebook\nTweet\n\n" + STORY;

        PlainTextCleaner.Cleaned cleaned = clean(page);

        assertThat(cleaned.body().text()).isEqualTo(
                "Officials said 40 homes were damaged by the storm on Monday night.\n\n"
                        + "The mayor said repairs would take at least two weeks to finish.");
        assertThat(cleaned.dateline()).isEqualTo(LocalDate.of(2024, 3, 5));
    }

    @Test
    void keepsTheHeadlineAndCutsItsTrailingTimestamp() {
        String page = "Storm damages forty homes across the valley Monday, March 4, 2024 9:12 AM\n\n" + STORY;

        PlainTextCleaner.Cleaned cleaned = clean(page);

        assertThat(cleaned.body().text()).startsWith("Storm damages forty homes across the valley\n\nOfficials said");
        assertThat(cleaned.dateline()).isEqualTo(LocalDate.of(2024, 3, 4));
    }

    @Test
    void dropsBylinesPhotoCreditsTeasersAndCookieNotices() {
        String page = "By Jane Doe and John Roe\n"
                + "Photo: Rescue crews at work on Tuesday. (Getty Images)\n"
                + "We use cookies to improve your experience. Accept all cookies to continue.\n\n"
                + "Officials said 40 homes were damaged by the storm on Monday night.\n\n"
                + "Also Read: Ten things to know about storms\n\n"
                + "Rescue workers / Getty Images\n\n"
                + "The mayor said repairs would take at least two weeks to finish.\n";

        assertThat(clean(page).body().text()).isEqualTo(
                "Officials said 40 homes were damaged by the storm on Monday night.\n\n"
                        + "The mayor said repairs would take at least two weeks to finish.");
    }

    @Test
    void dropsPaginationDonationBannersAndEverythingAfterAnEndMarker() {
        String page = STORY + "\nDonate now and support our reporting.\n\n1 2 3 … 9,595\n\nRelated Articles\n\n"
                + "A teaser about a different story that ends with a full stop.\n";

        assertThat(clean(page).body().text()).isEqualTo(
                "Officials said 40 homes were damaged by the storm on Monday night.\n\n"
                        + "The mayor said repairs would take at least two weeks to finish.");
    }

    @Test
    void aReadMoreOrReadNextHeadingInTheSecondHalfEndsTheArticle() {
        for (String heading : new String[] {"Read more", "Read Next", "Related coverage"}) {
            String page = STORY + "\n" + heading + "\nMortgage approvals rise for 4th month in a row\n"
                    + "• Ostrel’s 10 most expensive streets in 2025\n";

            assertThat(clean(page).body().text()).isEqualTo(STORY.strip());
        }
    }

    @Test
    void dropsAdvertisementsSubscriptionOffersGalleriesWidgetsAndCounters() {
        String page = "High tide 4:52 p.m. (3.4 m)\nTraffic: 2 incidents on the Harbour Expressway\n\n" + STORY
                + "\nSponsored: Beat the winter chill – boiler cover from £9.99 a month\n\n"
                + "Refinance rates hit 6.12% — see if you qualify\n\n"
                + "Save 30% on Courier Premium — offer ends Sunday\n\n"
                + "[Related] Ridgeline Freight shares fall 7% on derailment news\n\n"
                + "[Related: Sarenia\u2019s typhoon season in pictures \u2014 32 photos]\n\n"
                + "Subscribe: your first 3 months for £1\n\nIn pictures: Spain's 2023 heatwave in 24 photos\n\n"
                + "\uD83D\uDCAC 87 comments\n\n" + STORY;

        assertThat(clean(page).body().text()).isEqualTo(STORY.strip() + "\n\n" + STORY.strip());
    }

    @Test
    void aSectionTeaserHeadingEndsTheArticleButASentenceOpeningTheSameWayDoesNot() {
        String page = STORY + "\nMore in store for commuters as the line reopens.\n\nMore from Property\n"
                + "Veltrava approves 4,000 new homes on former rail yard\n";

        assertThat(clean(page).body().text()).isEqualTo(STORY.strip()
                + "\n\nMore in store for commuters as the line reopens.");
    }

    @Test
    void dropsListeningTimesShareBarsCounterListsPaywallsGalleriesAndClickbait() {
        String page = "\uD83D\uDD0A Listen · 6 min\n\n\uD83C\uDFA7 Listen to this story · 5 min\n\n"
                + "Share  Facebook  X  WhatsApp  Email   214 shares\n\nRoad alerts (4) | School closings (12)\n\n"
                + "You have 3 free articles remaining this month. Subscribe now for just $1 a week.\n\n"
                + "Photo gallery: the Harrow floods in pictures (24 photos)\n\n"
                + "This one trick can cut your heating bill by 30%\n\n" + STORY;

        assertThat(clean(page).body().text()).isEqualTo(clean(STORY).body().text());
    }

    @Test
    void dropsReadingTimesCountersAndRelativeTimestamps() {
        String page = "5 min read\nUpdated 2 hours ago\n1,234 views | 56 comments\n\n" + STORY;

        assertThat(clean(page).body().text()).startsWith("Officials said 40 homes");
    }

    @Test
    void dropsTickersTimestampRowsAndCommentCounters() {
        String page = "Friday 14 March 2025 09:42 CET · Updated 11:17 CET\n\n"
                + "EST-20 1,482.36 ▲0.8%   EUR/USD 1.0874 ▼0.2%   Brent $71.42 ▲1.1%\n\nComments (48)\n\n"
                + "MARKETS  Varn 40 2,611.08 ▼1.2%  |  HARROW TEXTILES 212p ▲4.5%  |  Last updated 09:15\n\n" + STORY;

        assertThat(clean(page).body().text()).startsWith("Officials said 40 homes");
    }

    @Test
    void dropsUsStyleTimestampsScoreStripsListeningTimesAndSubscriptionOffers() {
        String page = "Published 6:12 a.m. PT July 17, 2025 | Updated 9:48 a.m. PT July 17, 2025\n\n"
                + "Aug. 14, 2025, 5:30 a.m. | Updated Aug. 14, 2025, 2:05 p.m.\n\nListen to this article · 6 min\n\n"
                + "Reading time: 5 minutes\n\nSCORES  Kestrels 4, Millhaven 2 (F)  |  Harbor City 1, Tolland 0 (F/10)"
                + "\n\n" + STORY + "\n\nSupport local journalism. Get 40% off a digital subscription — just $1 a week "
                + "for your first 6 months.\n\nGet the Courier for 99 cents for 3 months. Cancel anytime.";

        assertThat(clean(page).body().text()).isEqualTo(clean(STORY).body().text());
    }

    @Test
    void dropsWeatherWidgetLinesWithTownsAroundTheTemperature() {
        String page = "Sestrin 11.4 C Light rain\n\nHalvessen 11°C Light rain    Marsk 8°C Cloudy\n\n"
                + "11.2 C Light rain | Trellborg\n\nWeather: Port Alder 12°C, sunny spells\n\n"
                + "CARROW  14°C  Wind SW 38 km/h  Flood alert until 21:00\n\n" + STORY
                + "\nIt was 40 C and clear in the valley when the storm came.\n";

        assertThat(clean(page).body().text()).startsWith("Officials said 40 homes")
                .endsWith("It was 40 C and clear in the valley when the storm came.");
    }

    @Test
    void keepsHeadlinesAndListsWithNumbersInProse() {
        String page = "Storm Leaves 40 Homes Damaged, 3 Roads Closed, 2 Bridges Shut\n\n"
                + "Rainfall: 40 mm in 3 hours, 2 rivers over their banks\n\n" + STORY;

        assertThat(clean(page).body().text()).startsWith("Storm Leaves 40 Homes Damaged, 3 Roads Closed, 2 "
                + "Bridges Shut\n\nRainfall: 40 mm in 3 hours, 2 rivers over their banks\n\nOfficials said");
    }

    @Test
    void keepsShortLinesOfProseThatHoldNumbers() {
        String page = STORY + "\nIt rained 40 days.\n\nThe mayor said the city would rebuild in the spring.\n";

        assertThat(clean(page).body().text()).contains("\n\nIt rained 40 days.\n\n");
    }

    @Test
    void dropsDonationAppealsWhereverTheyStand() {
        String page = "Support fearless, independent journalism\n\n"
                + "We are not owned by a billionaire. Donate any amount over $5 to keep us going.\n\n"
                + "We accept support of any size, at any time, for $5 or more.\n\n" + STORY;

        assertThat(clean(page).body().text()).startsWith("Officials said 40 homes");
    }

    @Test
    void anEndMarkerEarlyInThePageDoesNotCutTheArticle() {
        String page = "Related\n\n" + STORY + "\nA third paragraph keeps the story going for a while.\n";

        assertThat(clean(page).body().text()).endsWith("A third paragraph keeps the story going for a while.");
    }

    @Test
    void dropsThePlaceholderTokenButMapsTheSpanOverIt() {
        String page = "Officials said more than 100,000 XNUMX troops were stationed near the border.\n";

        TextMap body = clean(page).body();
        int start = body.text().indexOf("100,000 troops");
        int end = start + "100,000 troops".length();

        assertThat(body.text()).isEqualTo("Officials said more than 100,000 troops were stationed near the border.");
        assertThat(page.substring(body.toSource(start), body.toSourceEnd(end))).isEqualTo("100,000 XNUMX troops");
    }

    @Test
    void joinsHardWrappedLinesAndStripsBullets() {
        String page = "  • Officials said 40 homes were damaged\nby the storm on Monday night.\n"
                + "  • The mayor said repairs would take at least two weeks to finish.\n";

        TextMap body = clean(page).body();

        assertThat(body.text()).isEqualTo("Officials said 40 homes were damaged by the storm on Monday night.\n\n"
                + "The mayor said repairs would take at least two weeks to finish.");
        assertThat(body.toSource(0)).isEqualTo(page.indexOf("Officials"));
    }

    @Test
    void readsCrLfAndLoneCrLineEnds() {
        String crlf = "Menu\r\nOfficials said 40 homes were damaged by the storm on Monday night.\r\n\r\n"
                + "The mayor said repairs would take at least two weeks to finish.\r\n";
        String cr = crlf.replace("\r\n", "\r");

        String expected = "Officials said 40 homes were damaged by the storm on Monday night.\n\n"
                + "The mayor said repairs would take at least two weeks to finish.";
        assertThat(clean(crlf).body().text()).isEqualTo(expected);
        assertThat(clean(cr).body().text()).isEqualTo(expected);
        TextMap body = clean(cr).body();
        int mayor = body.text().indexOf("The mayor");
        assertThat(body.toSource(mayor)).isEqualTo(cr.indexOf("The mayor"));
    }

    @Test
    void everyBodyCharacterMapsToTheSameFileCharacter() {
        String page = "Close\n\n" + STORY + "\nComments\nPost a Comment\n";

        TextMap body = clean(page).body();

        for (int i = 0; i < body.text().length(); i++) {
            char c = body.text().charAt(i);
            if (c != '\n') {
                assertThat(page.charAt(body.toSource(i))).isEqualTo(c);
            }
        }
    }
}
