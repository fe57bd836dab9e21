package org.claimcheck.rules.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.claimcheck.core.model.Claim;
import org.claimcheck.core.model.DocumentInfo;

/** Orders claims by publication date (undated last), then file, then position: the order references are chosen in. */
public final class ClaimOrder {
    private static final Comparator<Keyed<?>> KEYS = Comparator.<Keyed<?>>comparingLong(Keyed::day)
            .thenComparing(Keyed::path).thenComparingInt(Keyed::start);

    private ClaimOrder() {
    }

    /** The comparator for claims of the given documents. */
    public static Comparator<Claim> byPublication(Map<String, DocumentInfo> documents) {
        return Comparator.comparing(claim -> keyed(claim, documents), KEYS);
    }

    /** The claims in this order, each claim's sort key worked out once. */
    public static <T extends Claim> List<T> sorted(List<T> claims, Map<String, DocumentInfo> documents) {
        List<Keyed<T>> keyed = new ArrayList<>(claims.size());
        for (T claim : claims) {
            keyed.add(keyed(claim, documents));
        }
        keyed.sort(KEYS);
        List<T> out = new ArrayList<>(claims.size());
        keyed.forEach(k -> out.add(k.claim()));
        return out;
    }

    /** A claim with its sort key: publication day (undated last), file, position. */
    private static <T extends Claim> Keyed<T> keyed(T claim, Map<String, DocumentInfo> documents) {
        LocalDate date = documents.get(claim.mention().documentId()).date();
        return new Keyed<>(claim, date == null ? Long.MAX_VALUE : date.toEpochDay(), claim.mention().path(),
                claim.mention().span().start());
    }

    private record Keyed<T>(T claim, long day, String path, int start) {
    }
}
