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

    @Test
    void singleQuotesAndApostrophesAreIgnored() {
        assertThat(quoted("It\u2019s the so-called \u2018operation\u2019, isn't it?")).isEmpty();
    }
}
