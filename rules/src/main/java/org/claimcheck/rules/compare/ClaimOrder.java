package org.claimcheck.rules.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimcheck.core.model.Claim;
import org.claimcheck.core.model.DocumentInfo;

/**
 * Orders claims by publication date (undated last), then file, then position: the order references are chosen in.
 * The documents are ranked once, when the order is made for them; comparing two claims then allocates nothing.
 */
public final class ClaimOrder implements Comparator<Claim> {
    private static final Comparator<Place> PLACES = Comparator.comparingLong(Place::day).thenComparing(Place::path);

    private final Map<String, Integer> ranks;

    private ClaimOrder(Map<String, Integer> ranks) {
        this.ranks = ranks;
    }

    /**
     * The order of claims of these documents. Each document's place is its publication day (undated last), then its
     * file; documents of one day and one file (lines of a JSON Lines file) share a place, their claims then ordered
     * by position in the file.
     */
    public static ClaimOrder of(Map<String, DocumentInfo> documents) {
        List<Place> ordered = new ArrayList<>(documents.size());
        for (DocumentInfo document : documents.values()) {
            LocalDate date = document.date();
            ordered.add(new Place(date == null ? Long.MAX_VALUE : date.toEpochDay(), document.path(), document.id()));
        }
        ordered.sort(PLACES);
        Map<String, Integer> ranks = new HashMap<>();
        int rank = 0;
        for (int i = 0; i < ordered.size(); i++) {
            if (i > 0 && PLACES.compare(ordered.get(i - 1), ordered.get(i)) != 0) {
                rank++;
            }
            ranks.put(ordered.get(i).id(), rank);
        }
        return new ClaimOrder(ranks);
    }

    /** A document's place in the order: its publication day ({@link Long#MAX_VALUE} when undated), then its file. */
    private record Place(long day, String path, String id) {
    }

    @Override
    public int compare(Claim a, Claim b) {
        int byRank = Integer.compare(ranks.get(a.mention().documentId()), ranks.get(b.mention().documentId()));
        return byRank != 0 ? byRank : Integer.compare(a.mention().span().start(), b.mention().span().start());
    }

    /** The claims in this order, each claim's sort key worked out once. */
    public <T extends Claim> List<T> sorted(List<T> claims) {
        List<Keyed<T>> keyed = new ArrayList<>(claims.size());
        for (T claim : claims) {
            keyed.add(new Keyed<>(claim, ranks.get(claim.mention().documentId()), claim.mention().span().start()));
        }
        keyed.sort(Comparator.<Keyed<T>>comparingInt(Keyed::rank).thenComparingInt(Keyed::start));
        List<T> out = new ArrayList<>(claims.size());
        keyed.forEach(k -> out.add(k.claim()));
        return out;
    }

    /** A claim with its sort key: its document's place, then its position. */
    private record Keyed<T>(T claim, int rank, int start) {
    }
}
