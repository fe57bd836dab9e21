package org.claimcheck.rules.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimcheck.core.model.Claim;
import org.claimcheck.core.model.DocumentInfo;

/** Orders claims by publication date (undated last), then file, then position: the order references are chosen in. */
public final class ClaimOrder {
    private static final Comparator<DocumentInfo> DOCUMENTS = Comparator
            .comparing(DocumentInfo::date, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(DocumentInfo::path);
    private static final Comparator<Keyed<?>> KEYS = Comparator.<Keyed<?>>comparingInt(Keyed::rank)
            .thenComparingInt(Keyed::start);

    private ClaimOrder() {
    }

    /** The comparator for claims of the given documents. */
    public static Comparator<Claim> byPublication(Map<String, DocumentInfo> documents) {
        Map<String, Integer> ranks = ranks(documents);
        return Comparator.comparing(claim -> keyed(claim, ranks), KEYS);
    }

    /** The claims in this order, each claim's sort key worked out once. */
    public static <T extends Claim> List<T> sorted(List<T> claims, Map<String, DocumentInfo> documents) {
        Map<String, Integer> ranks = ranks(documents);
        List<Keyed<T>> keyed = new ArrayList<>(claims.size());
        for (T claim : claims) {
            keyed.add(keyed(claim, ranks));
        }
        keyed.sort(KEYS);
        List<T> out = new ArrayList<>(claims.size());
        keyed.forEach(k -> out.add(k.claim()));
        return out;
    }

    /**
     * Each document's place by publication day (undated last), then file; documents of one day and one file (lines
     * of a JSON Lines file) share a place, their claims then ordered by position in the file.
     */
    private static Map<String, Integer> ranks(Map<String, DocumentInfo> documents) {
        List<DocumentInfo> ordered = new ArrayList<>(documents.values());
        ordered.sort(DOCUMENTS);
        Map<String, Integer> ranks = new HashMap<>();
        int rank = 0;
        for (int i = 0; i < ordered.size(); i++) {
            if (i > 0 && DOCUMENTS.compare(ordered.get(i - 1), ordered.get(i)) != 0) {
                rank++;
            }
            ranks.put(ordered.get(i).id(), rank);
        }
        return ranks;
    }

    /** A claim with its sort key: its document's place, then its position. */
    private static <T extends Claim> Keyed<T> keyed(T claim, Map<String, Integer> ranks) {
        return new Keyed<>(claim, ranks.get(claim.mention().documentId()), claim.mention().span().start());
    }

    private record Keyed<T>(T claim, int rank, int start) {
    }
}
