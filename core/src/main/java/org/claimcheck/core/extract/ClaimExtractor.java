package org.claimcheck.core.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.claimcheck.core.extract.context.ContextAnalyzer;
import org.claimcheck.core.model.Claim;
import org.claimcheck.core.model.DateClaim;
import org.claimcheck.core.model.QuantityClaim;
import org.claimcheck.core.source.Document;
import org.claimcheck.core.text.SentenceSplitter;

/**
 * The extraction pipeline for one document: sentences, then every {@link ClaimFinder}, then overlaps resolved
 * (a date owns its day number, so a quantity inside a date is dropped), then the context of each claim. Claims come
 * back in text order with empty ids. Thread-safe.
 */
public final class ClaimExtractor {
    private static final Comparator<Claim> TEXT_ORDER = Comparator
            .comparingInt((Claim c) -> c.mention().span().start())
            .thenComparingInt(c -> c.mention().span().end())
            .thenComparing(Claim::kind);

    private final SentenceSplitter splitter;
    private final List<ClaimFinder> finders;
    private final ContextAnalyzer context;

    public ClaimExtractor(SentenceSplitter splitter, List<ClaimFinder> finders, ContextAnalyzer context) {
        this.splitter = splitter;
        this.finders = List.copyOf(finders);
        this.context = context;
    }

    /** The claims of {@code document}, in text order. */
    public List<Claim> extract(Document document) {
        AnalyzedText text = new AnalyzedText(document, splitter.split(document.body().text()));
        List<Claim> found = new ArrayList<>();
        for (ClaimFinder finder : finders) {
            found.addAll(finder.find(text));
        }
        List<Claim> dates = found.stream().filter(c -> c instanceof DateClaim).toList();
        List<Claim> kept = found.stream()
                .filter(c -> !(c instanceof QuantityClaim) || dates.stream()
                        .noneMatch(d -> d.mention().span().overlaps(c.mention().span())))
                .sorted(TEXT_ORDER)
                .toList();
        return context.analyze(text, kept);
    }
}
