package org.claimcheck.core.extract.quantity;

import java.util.ArrayList;
import java.util.List;

import org.claimcheck.core.extract.AnalyzedText;
import org.claimcheck.core.extract.ClaimFinder;
import org.claimcheck.core.model.Amount;
import org.claimcheck.core.model.Dimension;
import org.claimcheck.core.model.EventContext;
import org.claimcheck.core.model.Mention;
import org.claimcheck.core.model.QuantityClaim;
import org.claimcheck.core.text.Sentence;
import org.claimcheck.core.text.Tagger;

/**
 * Finds the numeric claims of a document: each number with its hedge, normalized value, unit and counted noun
 * ("nearly 400 square miles", "$ 2.5 billion", "18 Russian military personnel"). Sentences are scanned with
 * {@link QuantityScanner}; only sentences holding a number are tagged, to read the counted nouns. Claims come back
 * in text order with empty ids and an empty context. Stateless and thread-safe.
 */
public final class QuantityFinder implements ClaimFinder {
    private final QuantityScanner scanner = new QuantityScanner();
    private final Tagger tagger;

    /** A finder with its own tagger. */
    public QuantityFinder() {
        this(new Tagger());
    }

    /** A finder that shares {@code tagger} with other stages. */
    public QuantityFinder(Tagger tagger) {
        this.tagger = tagger;
    }

    @Override
    public List<QuantityClaim> find(AnalyzedText text) {
        List<QuantityClaim> claims = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            List<ScannedQuantity> quantities = scanner.scan(sentence.text());
            if (quantities.isEmpty()) {
                continue;
            }
            CountedNounReader nouns = new CountedNounReader(sentence.text(), tagger.tag(sentence.text()));
            for (ScannedQuantity quantity : quantities) {
                CountedNounReader.Reading reading = nouns.read(quantity);
                if (quantity.requiresNoun() && reading.noun().head() == null) {
                    continue;
                }
                int end = Math.max(quantity.end(), reading.end());
                Mention mention = text.mention(sentence, sentence.start() + quantity.start(), sentence.start() + end);
                claims.add(new QuantityClaim("", mention, amount(quantity, reading.noun().head()), reading.noun(),
                        EventContext.empty()));
            }
        }
        return claims;
    }

    private static Amount amount(ScannedQuantity quantity, String countedHead) {
        if (quantity.isCount()) {
            String unit = quantity.unit() != null ? quantity.unit() : countedHead;
            return new Amount(quantity.value(), quantity.upper(), quantity.qualifier(), Dimension.COUNT, unit,
                    quantity.value(), quantity.upper());
        }
        return new Amount(quantity.value(), quantity.upper(), quantity.qualifier(), quantity.dimension(),
                quantity.unit(), quantity.baseValue(), quantity.baseUpper());
    }
}
