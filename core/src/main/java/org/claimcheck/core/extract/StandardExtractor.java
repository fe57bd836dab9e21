package org.claimcheck.core.extract;

import java.util.List;

import org.claimcheck.core.extract.attribution.AttributionFinder;
import org.claimcheck.core.extract.context.ContextAnalyzer;
import org.claimcheck.core.extract.context.EventLexicon;
import org.claimcheck.core.extract.date.DateFinder;
import org.claimcheck.core.extract.quantity.QuantityFinder;
import org.claimcheck.core.text.SentenceSplitter;
import org.claimcheck.core.text.Tagger;

/** The extraction pipeline claimcheck runs: quantities, dates and attributions, then their context. */
public final class StandardExtractor {
    private StandardExtractor() {
    }

    /** A thread-safe extractor with the English models. */
    public static ClaimExtractor create() {
        Tagger tagger = new Tagger();
        return new ClaimExtractor(new SentenceSplitter(),
                List.of(new QuantityFinder(tagger), new DateFinder(tagger), new AttributionFinder(tagger)),
                new ContextAnalyzer(tagger, EventLexicon.standard()));
    }
}
