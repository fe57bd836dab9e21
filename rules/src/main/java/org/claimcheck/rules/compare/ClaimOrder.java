package org.claimcheck.rules.compare;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;

import org.claimcheck.core.model.Claim;
import org.claimcheck.core.model.DocumentInfo;

/** Orders claims by publication date (undated last), then file, then position: the order references are chosen in. */
public final class ClaimOrder {
    private ClaimOrder() {
    }

    /** The comparator for claims of the given documents. */
    public static Comparator<Claim> byPublication(Map<String, DocumentInfo> documents) {
        return Comparator
                .comparing((Claim c) -> documents.get(c.mention().documentId()).date(),
                        Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                .thenComparing(c -> c.mention().path())
                .thenComparingInt(c -> c.mention().span().start());
    }
}
