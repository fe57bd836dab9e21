package org.claimcheck.core.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any text as a sentence to find quantities in: quantities in text order, without overlaps, inside the text, with
 * finite values and a range's top not below its bottom.
 * Seeds in {@code src/test/resources}: {@code QuantityScannerFuzzTestInputs/scansAnySentence}.
 */
class QuantityScannerFuzzTest {
    private static final QuantityScanner SCANNER = new QuantityScanner();

    @FuzzTest
    void scansAnySentence(byte[] bytes) {
        String sentence = new String(bytes, StandardCharsets.UTF_8);

        List<ScannedQuantity> quantities = SCANNER.scan(sentence);

        int previousEnd = 0;
        for (ScannedQuantity quantity : quantities) {
            assertThat(quantity.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(quantity.end()).isGreaterThan(quantity.start()).isLessThanOrEqualTo(sentence.length());
            assertThat(quantity.value()).isFinite();
            assertThat(quantity.upper()).isFinite().isGreaterThanOrEqualTo(quantity.value());
            assertThat(quantity.baseValue()).isFinite();
            assertThat(quantity.baseUpper()).isFinite().isGreaterThanOrEqualTo(quantity.baseValue());
            previousEnd = quantity.end();
        }
    }
}
