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
 * Finds pairs of statements in different articles that give the same words. Candidates share a run of three words
 * (an inverted index on word trigrams; a trigram found in very many statements is too common to tell anything);
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
        for (int i = 0; i < texts.size(); i++) {
            for (String shingle : shingles(texts.get(i))) {
                postings.computeIfAbsent(shingle, s -> new ArrayList<>()).add(i);
            }
        }
        Set<Long> seen = new HashSet<>();
        List<QuotePair> pairs = new ArrayList<>();
        for (List<Integer> posting : postings.values()) {
            if (posting.size() > MAX_POSTINGS) {
                continue;
            }
            for (int x = 0; x < posting.size(); x++) {
                for (int y = x + 1; y < posting.size(); y++) {
                    int i = posting.get(x);
                    int j = posting.get(y);
                    if (seen.add((long) i * texts.size() + j)) {
                        compare(ordered.get(i), texts.get(i), ordered.get(j), texts.get(j), pairs);
                    }
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
