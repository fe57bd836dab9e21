package org.claimcheck.rules.compare;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.claimcheck.core.model.Claim;
import org.claimcheck.core.model.DocumentInfo;
import org.claimcheck.core.model.EventContext;
import org.claimcheck.core.model.PartialDate;

/**
 * The checks every pair of claims in one block must pass to state the same fact: places that do not exclude each
 * other (or, when neither sentence names a place, names that do not), compatible event dates, articles published
 * close enough, and a shared vocabulary. One instance serves one run on one thread: it remembers the folded names of
 * each claim it has seen.
 */
public final class SameFact {
    private static final int MIN_SHARED_KEYWORDS = 2;

    private final Map<String, DocumentInfo> documents;
    private final int maxDaysApart;
    private final Map<List<String>, Set<String>> folded = new IdentityHashMap<>();

    public SameFact(Map<String, DocumentInfo> documents, int maxDaysApart) {
        this.documents = documents;
        this.maxDaysApart = maxDaysApart;
    }

    /** Whether the settings of two claims are compatible. */
    public boolean compatible(Claim a, EventContext ca, Claim b, EventContext cb) {
        return placesCompatible(ca.places(), cb.places())
                && namesCompatible(ca, cb)
                && timesCompatible(ca.time(), cb.time())
                && publishedClose(a, b)
                && sharedKeywords(ca.keywords(), cb.keywords()) >= MIN_SHARED_KEYWORDS;
    }

    /** Two sets of places exclude each other when both are known and have no place in common. */
    boolean placesCompatible(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        Set<String> foldedA = folded(a);
        for (String place : folded(b)) {
            if (foldedA.contains(place)) {
                return true;
            }
        }
        return false;
    }

    /** The names of one claim's context, folded once per run. */
    private Set<String> folded(List<String> names) {
        return folded.computeIfAbsent(names, list -> {
            Set<String> set = new HashSet<>();
            list.forEach(name -> set.add(SpeakerNames.fold(name)));
            return set;
        });
    }

    /**
     * Without a place on either side, sentences that name only different things ("funding for Ashcombe", "funding
     * for Thorncombe") are about different things.
     */
    boolean namesCompatible(EventContext a, EventContext b) {
        if (!a.places().isEmpty() || !b.places().isEmpty()) {
            return true;
        }
        return placesCompatible(a.entities(), b.entities());
    }

    private static boolean timesCompatible(String a, String b) {
        return a == null || b == null || PartialDate.parse(a).compatibleWith(PartialDate.parse(b));
    }

    private boolean publishedClose(Claim a, Claim b) {
        LocalDate da = documents.get(a.mention().documentId()).date();
        LocalDate db = documents.get(b.mention().documentId()).date();
        return da == null || db == null || Math.abs(ChronoUnit.DAYS.between(da, db)) <= maxDaysApart;
    }

    private static int sharedKeywords(List<String> a, List<String> b) {
        Set<String> set = new HashSet<>(a);
        int shared = 0;
        for (String word : b) {
            if (set.contains(word.toLowerCase(Locale.ROOT))) {
                shared++;
            }
        }
        return shared;
    }
}
