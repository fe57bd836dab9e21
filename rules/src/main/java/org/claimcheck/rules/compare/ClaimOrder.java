package org.claimcheck.rules.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimcheck.core.model.Claim;
import org.claimcheck.core.model.DocumentInfo;

/**
 * Orders claims by publication date (undated last), then file, then position: the order references are chosen in.
 * The documents are ranked once, when the order is made for them; comparing two claims then allocates nothing, and
 * sorting claims takes time in proportion to their number.
 */
public final class ClaimOrder implements Comparator<Claim> {
    private final Map<String, Integer> ranks;
    private final int rankCount;

    private ClaimOrder(Map<String, Integer> ranks, int rankCount) {
        this.ranks = ranks;
        this.rankCount = rankCount;
    }

    /**
     * The order of claims of these documents. Each document's place is its publication day (undated last), then its
     * file; documents of one day and one file (lines of a JSON Lines file) share a place, their claims then ordered
     * by position in the file. Documents given in file order, as a run reads them, are ranked without comparing
     * their files more than once each.
     */
    public static ClaimOrder of(Collection<DocumentInfo> documents) {
        List<Place> ordered = new ArrayList<>(documents.size());
        for (DocumentInfo document : documents) {
            LocalDate date = document.date();
            ordered.add(new Place(date == null ? Long.MAX_VALUE : date.toEpochDay(), document.path(), document.id()));
        }
        ordered.sort(Comparator.comparing(Place::path));
        ordered.sort(Comparator.comparingLong(Place::day));
        Map<String, Integer> ranks = new HashMap<>();
        int rank = 0;
        for (int i = 0; i < ordered.size(); i++) {
            if (i > 0 && !ordered.get(i - 1).samePlace(ordered.get(i))) {
                rank++;
            }
            ranks.put(ordered.get(i).id(), rank);
        }
        return new ClaimOrder(ranks, rank + 1);
    }

    /** A document's place in the order: its publication day ({@link Long#MAX_VALUE} when undated), then its file. */
    private record Place(long day, String path, String id) {
        boolean samePlace(Place other) {
            return day == other.day && path.equals(other.path);
        }
    }

    @Override
    public int compare(Claim a, Claim b) {
        int byRank = Integer.compare(ranks.get(a.mention().documentId()), ranks.get(b.mention().documentId()));
        return byRank != 0 ? byRank : Integer.compare(a.mention().span().start(), b.mention().span().start());
    }

    /**
     * The claims in this order: counted out by their document's place, then put in order of position within a place
     * where they are not already (the claims of a document come in position order).
     */
    public <T extends Claim> List<T> sorted(List<T> claims) {
        int[] rankOf = new int[claims.size()];
        int[] firstOfRank = new int[rankCount + 1];
        String lastDocument = null;
        int lastRank = 0;
        for (int i = 0; i < claims.size(); i++) {
            String document = claims.get(i).mention().documentId();
            if (!document.equals(lastDocument)) {
                lastDocument = document;
                lastRank = ranks.get(document);
            }
            rankOf[i] = lastRank;
            firstOfRank[lastRank + 1]++;
        }
        for (int r = 0; r < rankCount; r++) {
            firstOfRank[r + 1] += firstOfRank[r];
        }
        Claim[] out = new Claim[claims.size()];
        int[] next = Arrays.copyOf(firstOfRank, rankCount);
        for (int i = 0; i < claims.size(); i++) {
            out[next[rankOf[i]]++] = claims.get(i);
        }
        Comparator<Claim> byPosition = Comparator.comparingInt(c -> c.mention().span().start());
        for (int r = 0; r < rankCount; r++) {
            if (!isSorted(out, firstOfRank[r], firstOfRank[r + 1], byPosition)) {
                Arrays.sort(out, firstOfRank[r], firstOfRank[r + 1], byPosition);
            }
        }
        @SuppressWarnings("unchecked")
        List<T> sorted = (List<T>) Arrays.asList(out);
        return sorted;
    }

    private static boolean isSorted(Claim[] claims, int from, int to, Comparator<Claim> order) {
        for (int i = from + 1; i < to; i++) {
            if (order.compare(claims[i - 1], claims[i]) > 0) {
                return false;
            }
        }
        return true;
    }
}
