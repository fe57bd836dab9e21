package org.claimcheck.core.extract;

import java.util.List;

import org.claimcheck.core.model.Claim;

/**
 * One extraction stage: finds one kind of claim in a sentence-split document. Claims come back in text order with
 * empty ids and, for quantities and dates, an empty {@link org.claimcheck.core.model.EventContext}: the pipeline
 * numbers them and fills the context. Implementations are stateless and thread-safe.
 */
public interface ClaimFinder {
    List<? extends Claim> find(AnalyzedText text);
}
