package org.claimcheck.core.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class QuotationScannerTest {

    private static List<String> quoted(String body) {
        return QuotationScanner.scan(body).stream()
                .map(q -> String.join("|", q.segments().stream().map(s -> body.substring(s[0], s[1])).toList()))
                .toList();
    }

    @Test
    void straightAndCurlyMarksPair() {
        assertThat(quoted("He said \"yes\" and \u201Cno\u201D today.")).containsExactly("yes", "no");
    }

    @Test
    void aBodyWithoutDoubleMarksQuotesWithSingleOnesAndApostrophesOpenAndCloseNothing() {
        assertThat(quoted("\u2018We will not hesitate,\u2019 she said on Tuesday\u2019s visit. The workers\u2019 "
                + "union called it \u2018a disgrace\u2019. 'Nothing is ruled out,' he added, citing the '90s.\n"
                + "It was the plant\u2019s \u2018worst"))
                .containsExactly("We will not hesitate,", "a disgrace", "Nothing is ruled out,");
    }

    @Test
    void singleMarksInsideABodyWithDoubleMarksAreLeftAlone() {
        assertThat(quoted("\u201CThey called it \u2018a disgrace\u2019,\u201D she said. \u2018Not now\u2019."))
                .containsExactly("They called it \u2018a disgrace\u2019,");
    }

    @Test
    void misCurledClosingMarkStillCloses() {
        assertThat(quoted("\u201CThe decision is ours. \u201C\nNext line \u201Cfree\u201D."))
                .containsExactly("The decision is ours. ", "free");
    }

    @Test
    void openParagraphContinuesIntoNextParagraphThatStartsWithAMark() {
        List<Quotation> quotations = QuotationScanner.scan("\u201CFirst part.\n\n\u201CSecond part,\u201D he said.");

        assertThat(quotations).hasSize(1);
        assertThat(quotations.get(0).segments()).hasSize(2);
        assertThat(quotations.get(0).closed()).isTrue();
    }

    @Test
    void openParagraphFollowedByPlainParagraphStaysUnclosed() {
        List<Quotation> quotations = QuotationScanner.scan("\u201CNever closed\n\nPlain \u201Cquoted\u201D text.");

        assertThat(quotations).extracting(Quotation::closed).containsExactly(false, true);
        assertThat(quoted("\u201CNever closed\n\nPlain \u201Cquoted\u201D text.")).containsExactly("Never closed",
                "quoted");
    }
}
