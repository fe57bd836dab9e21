package org.claimcheck.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

class WhitespaceTest {

    @Test
    void splitsAsTheRegularExpressionDoesOnEdgeCases() {
        for (String text : new String[] {"", " ", "  \t", "a", " a", "a ", "a  b", "\ta\n\nb \r", "a\u00A0b",
                "a\u2003b", "\u000Ba\fb"}) {
            assertThat(Whitespace.split(text)).as("'%s'", text).containsExactly(text.split("\\s+"));
        }
    }

    @Test
    void splitsAsTheRegularExpressionDoesOnRandomText() {
        Random random = new Random(7);
        String alphabet = "ab \t\n\r\u000B\f\u00A0\u2009";
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int k = 0; k < length; k++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String piece = text.toString();
            assertThat(Whitespace.split(piece)).as("'%s'", piece).containsExactly(piece.split("\\s+"));
        }
    }
}
