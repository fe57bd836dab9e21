package org.claimcheck.rules.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

import org.claimcheck.core.model.Claim;
import org.claimcheck.rules.compare.ClaimPair;
import org.claimcheck.rules.compare.FactPairs;

/**
 * Turns disagreeing same-fact pairs into findings an editor can work through: each claim that disagrees is reported
 * once, against the claim that the most other claims agree with (ties go to the earliest published). So six
 * articles of which two carry a wrong figure give two findings, each naming the figure most sources support.
 */
final class ConflictSelection {
    /** A disagreeing pair, its reference claim and the claim reported against it. */
    record Conflict<T, P>(T reference, T other, P pair) {
    }

    private ConflictSelection() {
    }

    /**
     * The conflicts between articles among {@code pairs}: pairs inside one article are left to
     * {@link InternalInconsistencyRule}, and neither disagreeing pairs that {@code excluded} accepts nor pairs where
     * one claim agrees with another claim of the other's article are conflicts. An article that gives "€287,400" in
     * one sentence and "€412,900" in another either states two things, and "€287,400" elsewhere restates the first,
     * or contradicts itself, which {@link InternalInconsistencyRule} reports inside that article, once.
     */
    static <T extends Claim, P extends ClaimPair<T>> List<Conflict<T, P>> acrossArticles(FactPairs<T, P> pairs,
            Predicate<P> excluded, Comparator<? super T> order) {
        List<P> disagreeing = new ArrayList<>();
        for (P pair : pairs.disagreeing()) {
            if (!pair.sameDocument() && !excluded.test(pair)
                    && !pairs.agrees(pair.first(), pair.second().mention().documentId())
                    && !pairs.agrees(pair.second(), pair.first().mention().documentId())) {
                disagreeing.add(pair);
            }
        }
        return select(pairs::support, disagreeing, ClaimPair::first, ClaimPair::second, order);
    }

    /**
     * @param support     how many claims of other articles agree with a claim
     * @param disagreeing pairs that cannot both be true
     * @param first       the first claim of a pair
     * @param second      the second claim of a pair
     * @param order       publication order, for ties
     */
    static <T, P> List<Conflict<T, P>> select(ToIntFunction<T> support, List<P> disagreeing, Function<P, T> first,
                                              Function<P, T> second, Comparator<? super T> order) {
        Comparator<T> stronger = Comparator.<T>comparingInt(support).reversed()
                .thenComparing(order);
        Map<T, Conflict<T, P>> best = new IdentityHashMap<>();
        List<T> reported = new ArrayList<>();
        for (P pair : disagreeing) {
            T a = first.apply(pair);
            T b = second.apply(pair);
            T reference = stronger.compare(a, b) <= 0 ? a : b;
            T other = reference == a ? b : a;
            Conflict<T, P> known = best.get(other);
            if (known == null) {
                reported.add(other);
            }
            if (known == null || stronger.compare(reference, known.reference()) < 0) {
                best.put(other, new Conflict<>(reference, other, pair));
            }
        }
        reported.sort(order);
        return reported.stream().map(best::get).toList();
    }
}
