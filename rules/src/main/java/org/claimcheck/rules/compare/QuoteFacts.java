package org.claimcheck.rules.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimcheck.core.model.AttributionClaim;
import org.claimcheck.core.model.DocumentInfo;

/**
 * Finds pairs of statements in different articles that give the same words. Candidates share two runs of three
 * words, or the only one a short statement has (an inverted index on word trigrams, each statement paired with the
 * next {@link Blocks#DEFAULT_WINDOW} statements of each of its trigrams in publication order; a trigram found in very
 * many statements is too common to tell anything);
 * candidates are then kept when their word edit similarity reaches {@link #MIN_SIMILARITY} or one is a word-for-word
 * excerpt of at least {@link #MIN_EXCERPT_WORDS} words of the other.
 */
public final class QuoteFacts {
    /** Lowest similarity at which two quotations are taken for the same statement. */
    public static final double MIN_SIMILARITY = 0.6;
    /** Shortest quotation recognized as an excerpt of a longer one. */
    public static final int MIN_EXCERPT_WORDS = 4;
    private static final int SHINGLE = 3;
    private static final int MAX_POSTINGS = 200;
    private static final int MIN_SHARED_SHINGLES = 2;

    private final SpeakerNames speakers;
    private final Map<String, DocumentInfo> documents;

    public QuoteFacts(SpeakerNames speakers, Map<String, DocumentInfo> documents) {
        this.speakers = speakers;
        this.documents = documents;
    }

    /** The pairs of statements in different articles that give the same words. */
    public List<QuotePair> pairs(List<AttributionClaim> claims) {
        List<AttributionClaim> ordered = new ArrayList<>(claims);
        ordered.sort(ClaimOrder.byPublication(documents)::compare);
        List<QuoteText> texts = ordered.stream().map(c -> new QuoteText(c.quote())).toList();
        Map<String, List<Integer>> postings = new HashMap<>();
        List<List<List<Integer>>> postingsOf = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            List<List<Integer>> own = new ArrayList<>();
            for (String shingle : shingles(texts.get(i))) {
                List<Integer> posting = postings.computeIfAbsent(shingle, s -> new ArrayList<>());
                posting.add(i);
                own.add(posting);
            }
            postingsOf.add(own);
        }
        List<QuotePair> pairs = new ArrayList<>();
        Map<Integer, Integer> shared = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            shared.clear();
            for (List<Integer> posting : postingsOf.get(i)) {
                if (posting.size() > MAX_POSTINGS) {
                    continue;
                }
                int at = java.util.Collections.binarySearch(posting, i);
                for (int k = at + 1; k < posting.size() && k <= at + Blocks.DEFAULT_WINDOW; k++) {
                    shared.merge(posting.get(k), 1, Integer::sum);
                }
            }
            int own = postingsOf.get(i).size();
            for (Map.Entry<Integer, Integer> candidate : shared.entrySet()) {
                int j = candidate.getKey();
                int needed = Math.min(MIN_SHARED_SHINGLES, Math.min(own, postingsOf.get(j).size()));
                if (candidate.getValue() >= needed) {
                    compare(ordered.get(i), texts.get(i), ordered.get(j), texts.get(j), pairs);
                }
            }
        }
        Map<AttributionClaim, Integer> rank = new IdentityHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            rank.put(ordered.get(i), i);
        }
        pairs.sort(Comparator.comparingInt((QuotePair p) -> rank.get(p.first()))
                .thenComparingInt(p -> rank.get(p.second())));
        return pairs;
    }

    private void compare(AttributionClaim a, QuoteText ta, AttributionClaim b, QuoteText tb, List<QuotePair> out) {
        if (a.mention().documentId().equals(b.mention().documentId())) {
            return;
        }
        QuoteText shorter = ta.words().size() <= tb.words().size() ? ta : tb;
        QuoteText longer = shorter == ta ? tb : ta;
        boolean excerpt = shorter.words().size() >= MIN_EXCERPT_WORDS && longer.contains(shorter);
        int lengthGap = longer.words().size() - shorter.words().size();
        if (!excerpt && lengthGap > (1 - MIN_SIMILARITY) * longer.words().size()) {
            return;
        }
        double similarity = ta.similarity(tb);
        if (excerpt || similarity >= MIN_SIMILARITY) {
            out.add(new QuotePair(a, b, similarity, excerpt, speakers.same(a.speaker(), b.speaker())));
        }
    }

    private static Set<String> shingles(QuoteText text) {
        List<String> words = text.words();
        Set<String> out = new HashSet<>();
        if (words.size() < SHINGLE) {
            out.add(String.join(" ", words));
            return out;
        }
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            out.add(String.join(" ", words.subList(i, i + SHINGLE)));
        }
        return out;
    }
}
