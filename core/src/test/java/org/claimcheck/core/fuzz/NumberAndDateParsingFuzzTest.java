package org.claimcheck.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.claimcheck.core.extract.date.DateExpression;
import org.claimcheck.core.extract.date.DateParser;
import org.claimcheck.core.extract.quantity.QuantityScanner;
import org.claimcheck.core.extract.quantity.ScannedQuantity;

/**
 * Any sentence given to the number scanner and the date parser gives quantities and dates whose offsets lie inside
 * it, in order, without an exception.
 */
public class NumberAndDateParsingFuzzTest {
    private static final QuantityScanner QUANTITIES = new QuantityScanner();
    private static final DateParser DATES = new DateParser();

    /** The fuzz target, also run by {@code fuzz/run} outside JUnit. */
    public static void fuzzerTestOneInput(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        int previousEnd = 0;
        for (ScannedQuantity quantity : QUANTITIES.scan(text)) {
            assertThat(quantity.start()).isBetween(previousEnd, text.length());
            assertThat(quantity.end()).isBetween(quantity.start(), text.length());
            previousEnd = quantity.end();
        }
        for (DateExpression date : DATES.parse(text)) {
            assertThat(date.start()).isBetween(0, text.length());
            assertThat(date.end()).isBetween(date.start(), text.length());
        }
    }

    @FuzzTest(maxDuration = "10s")
    void anySentenceIsScanned(byte[] data) {
        fuzzerTestOneInput(data);
    }
}
