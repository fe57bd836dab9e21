package org.claimcheck.rules.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.claimcheck.core.model.AttributionClaim;

/**
 * Finds pairs of statements in different articles that give the same words. Candidates share two runs of three words,
 * or the only one a short statement has (an inverted index on word trigrams, each statement paired with the next
 * {@link Blocks#DEFAULT_WINDOW} statements of each of its trigrams in publication order; a trigram found in very many
 * statements is too common to tell anything, so a statement whose other runs are all that common needs to share only
 * its one telling run: "we have never seen anything like this in Eskden"). Two direct quotations are kept when their
 * word edit similarity reaches {@link #MIN_SIMILARITY}, so that a changed word shows; reported speech paraphrases, so a
 * pair with reported speech on either side is kept only when it gives the same words ({@link #SAME_WORDS}). A
 * word-for-word excerpt of at least {@link #MIN_EXCERPT_WORDS} words of the other statement is always kept, and so is a
 * direct quotation that gives a run of the other's words with a few changed ({@link #excerptChanges}). Two quotations
 * that each give a name the other does not are statements about different things ({@link QuoteText#swapsNameWith}).
 */
public final class QuoteFacts {
    /** Lowest similarity at which two direct quotations are taken for the same statement. */
    public static final double MIN_SIMILARITY = 0.6;
    /** Lowest similarity at which two statements give the same words. */
    public static final double SAME_WORDS = 0.9;
    /** Shortest quotation recognized as an excerpt of a longer one. */
    public static final int MIN_EXCERPT_WORDS = 4;
    /** Shortest quotation recognized as an excerpt of a longer one with a word changed. */
    private static final int MIN_CHANGED_EXCERPT_WORDS = 6;
    /** Words of a changed excerpt per word that may differ. */
    private static final int WORDS_PER_CHANGE = 8;
    private static final int SHINGLE = 3;
    private static final int MAX_POSTINGS = 200;
    private static final int MIN_SHARED_SHINGLES = 2;

    private final SpeakerNames speakers;
    private final ClaimOrder order;

    public QuoteFacts(SpeakerNames speakers, ClaimOrder order) {
        this.speakers = speakers;
        this.order = order;
    }

    /** The pairs of statements in different articles that give the same words, in publication order. */
    public List<QuotePair> pairs(List<AttributionClaim> claims) {
        List<AttributionClaim> ordered = order.sorted(claims);
        Map<String, QuoteText> distinct = new HashMap<>();
        List<QuoteText> texts = ordered.stream().map(c -> distinct.computeIfAbsent(c.quote(), QuoteText::new)).toList();
        Map<QuoteText, long[]> shinglesOf = new IdentityHashMap<>();
        long[][] shingles = texts.stream().map(t -> shinglesOf.computeIfAbsent(t, QuoteFacts::shingles))
                .toArray(long[][]::new);
        Map<Long, IntList> postings = new HashMap<>();
        IntList[][] postingsOf = new IntList[shingles.length][];
        int[][] placesIn = new int[shingles.length][];
        for (int i = 0; i < shingles.length; i++) {
            postingsOf[i] = new IntList[shingles[i].length];
            placesIn[i] = new int[shingles[i].length];
            for (int s = 0; s < shingles[i].length; s++) {
                IntList posting = postings.computeIfAbsent(shingles[i][s], key -> new IntList());
                postingsOf[i][s] = posting;
                placesIn[i][s] = posting.size();
                posting.add(i);
            }
        }
        List<QuotePair> pairs = new ArrayList<>();
        int[] shared = new int[texts.size()];
        int[] candidates = new int[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            int count = 0;
            int telling = 0;
            for (int s = 0; s < postingsOf[i].length; s++) {
                IntList posting = postingsOf[i][s];
                if (posting.size() > MAX_POSTINGS) {
                    continue;
                }
                telling++;
                int at = placesIn[i][s];
                for (int k = at + 1; k < posting.size() && k <= at + Blocks.DEFAULT_WINDOW; k++) {
                    if (shared[posting.get(k)]++ == 0) {
                        candidates[count++] = posting.get(k);
                    }
                }
            }
            Arrays.sort(candidates, 0, count);
            for (int c = 0; c < count; c++) {
                int j = candidates[c];
                if (shared[j] >= Math.min(MIN_SHARED_SHINGLES, Math.min(telling, shingles[j].length))) {
                    compare(ordered.get(i), texts.get(i), ordered.get(j), texts.get(j), pairs);
                }
                shared[j] = 0;
            }
        }
        return pairs;
    }

    /**
     * How many words a quotation of {@code words} words may change and still be read as an excerpt of a longer one:
     * one in {@value #WORDS_PER_CHANGE}, and none below {@value #MIN_CHANGED_EXCERPT_WORDS} words.
     */
    static int excerptChanges(int words) {
        return words < MIN_CHANGED_EXCERPT_WORDS ? 0 : Math.max(1, words / WORDS_PER_CHANGE);
    }

    private void compare(AttributionClaim a, QuoteText ta, AttributionClaim b, QuoteText tb, List<QuotePair> out) {
        if (a.mention().documentId().equals(b.mention().documentId()) || ta.swapsNameWith(tb)) {
            return;
        }
        QuoteText shorter = ta.words().size() <= tb.words().size() ? ta : tb;
        QuoteText longer = shorter == ta ? tb : ta;
        boolean excerpt = shorter.words().size() >= MIN_EXCERPT_WORDS && longer.contains(shorter);
        double least = a.direct() && b.direct() ? MIN_SIMILARITY : SAME_WORDS;
        int mostChanged = (int) Math.floor((1 - least) * longer.words().size() + 1e-9);
        if (!excerpt && longer.words().size() - shorter.words().size() > mostChanged) {
            boolean mayBeChangedExcerpt = a.direct() && b.direct()
                    && shorter.words().size() >= MIN_CHANGED_EXCERPT_WORDS;
            int changed = mayBeChangedExcerpt ? longer.closestRun(shorter)[1] : Integer.MAX_VALUE;
            if (changed <= excerptChanges(shorter.words().size())) {
                double similarity = 1 - (double) changed / shorter.words().size();
                out.add(new QuotePair(a, b, similarity, false, speakers.same(a.speaker(), b.speaker())));
            }
            return;
        }
        double similarity = ta.similarity(tb, excerpt ? longer.words().size() : mostChanged);
        if (excerpt || similarity >= least) {
            out.add(new QuotePair(a, b, similarity, excerpt, speakers.same(a.speaker(), b.speaker())));
        }
    }

    /**
     * The distinct runs of three words of a statement as 64-bit keys, or its whole text when it is shorter, in
     * ascending order.
     */
    private static long[] shingles(QuoteText text) {
        int[] words = text.wordHashes();
        if (words.length < SHINGLE) {
            long key = 17;
            for (int word : words) {
                key = key * 1_000_003L + word;
            }
            return new long[] {key};
        }
        long[] keys = new long[words.length - SHINGLE + 1];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = ((long) words[i] << 32) ^ ((long) words[i + 1] * 0x9E3779B97F4A7C15L) ^ words[i + 2];
        }
        Arrays.sort(keys);
        int distinct = 0;
        for (int i = 0; i < keys.length; i++) {
            if (i == 0 || keys[i] != keys[i - 1]) {
                keys[distinct++] = keys[i];
            }
        }
        return Arrays.copyOf(keys, distinct);
    }
}
