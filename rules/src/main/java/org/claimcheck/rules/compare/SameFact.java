package org.claimcheck.rules.compare;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
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
 * close enough, and a shared vocabulary.
 */
public final class SameFact {
    private static final int MIN_SHARED_KEYWORDS = 2;

    private final Map<String, DocumentInfo> documents;
    private final int maxDaysApart;

    public SameFact(Map<String, DocumentInfo> documents, int maxDaysApart) {
        this.documents = documents;
        this.maxDaysApart = maxDaysApart;
    }

    /** What a claim brings to the checks; work it out once per claim and compare the results. */
    public Setting setting(Claim claim, EventContext context) {
        return Setting.of(context, documents.get(claim.mention().documentId()).date());
    }

    /** Whether two claims' settings are compatible. */
    public boolean compatible(Setting a, Setting b) {
        return a.placesCompatible(b)
                && a.namesCompatible(b)
                && a.timesCompatible(b)
                && publishedClose(a, b)
                && a.sharedKeywords(b) >= MIN_SHARED_KEYWORDS;
    }

    private boolean publishedClose(Setting a, Setting b) {
        return a.published == null || b.published == null
                || Math.abs(ChronoUnit.DAYS.between(a.published, b.published)) <= maxDaysApart;
    }

    /**
     * What of one claim's setting the checks compare: its places and other names folded, the date of its event, the
     * publication date of its article, and its content words.
     */
    public record Setting(Set<String> places, Set<String> entities, PartialDate time, LocalDate published,
                   Set<String> keywords, List<String> lowerCaseKeywords) {

        static Setting of(EventContext context, LocalDate published) {
            return new Setting(folded(context.places()), folded(context.entities()),
                    context.time() == null ? null : PartialDate.parse(context.time()), published,
                    Set.copyOf(context.keywords()),
                    context.keywords().stream().map(word -> word.toLowerCase(Locale.ROOT)).toList());
        }

        /** Two sets of places exclude each other when both are known and have no place in common. */
        boolean placesCompatible(Setting other) {
            return overlapOrUnknown(places, other.places);
        }

        /**
         * Without a place on either side, sentences that name only different things ("funding for Ashcombe",
         * "funding for Thorncombe") are about different things.
         */
        boolean namesCompatible(Setting other) {
            return !places.isEmpty() || !other.places.isEmpty() || overlapOrUnknown(entities, other.entities);
        }

        boolean timesCompatible(Setting other) {
            return time == null || other.time == null || time.compatibleWith(other.time);
        }

        /** How many of the other claim's content words, in lower case, are content words of this one. */
        int sharedKeywords(Setting other) {
            int shared = 0;
            for (String word : other.lowerCaseKeywords) {
                if (keywords.contains(word)) {
                    shared++;
                }
            }
            return shared;
        }

        private static boolean overlapOrUnknown(Set<String> a, Set<String> b) {
            if (a.isEmpty() || b.isEmpty()) {
                return true;
            }
            Set<String> smaller = a.size() <= b.size() ? a : b;
            Set<String> larger = smaller == a ? b : a;
            for (String name : smaller) {
                if (larger.contains(name)) {
                    return true;
                }
            }
            return false;
        }

        private static Set<String> folded(List<String> names) {
            if (names.isEmpty()) {
                return Set.of();
            }
            Set<String> set = new HashSet<>();
            names.forEach(name -> set.add(SpeakerNames.fold(name)));
            return set;
        }
    }
}
