package org.claimcheck.rules.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.claimcheck.core.model.Claim;
import org.claimcheck.core.model.DocumentInfo;
import org.claimcheck.core.model.EventContext;
import org.claimcheck.core.model.PartialDate;
import org.claimcheck.core.text.Whitespace;

/**
 * The checks every pair of claims in one block must pass to state the same fact: places that do not exclude each
 * other (or, when neither sentence names a place, names that do not), scopes that do not (a national figure is not a
 * region's), reporting periods that do not (a third quarter is not a second), compatible event dates, articles
 * published close enough, and a shared vocabulary, where the words of one noun group count as one word ("raise" is
 * "rise"). Each claim's setting is worked out once, with its names and words as numbers from this instance's
 * dictionary, so comparing two settings allocates nothing. One instance serves one thread.
 */
public final class SameFact {
    private static final int MIN_SHARED_KEYWORDS = 2;
    private static final long UNDATED = Long.MIN_VALUE;
    /** How long before an article a dated event is history rather than the article's news: half a year. */
    private static final int HISTORY_DAYS = 180;
    /** The most words of a name that may be written shorter. */
    private static final int LONGEST_NAME = 8;
    /** The fewest capitalised words whose initials are a short form of their name. */
    private static final int SHORTEST_INITIALS = 3;

    private final Map<String, DocumentInfo> documents;
    private final int maxDaysApart;
    private final Vocabulary vocabulary;
    private final Map<String, Integer> dictionary = new HashMap<>();
    /** The last sentence whose scope words and periods were read, and those: the claims of a sentence come together. */
    private String lastSentence;
    private Scope.Words lastScopeWords;
    private int lastPeriods;
    /** The last document whose publication day was looked up, and that day: so are the claims of a document. */
    private String lastDocumentId;
    private LocalDate lastPublished;

    public SameFact(Map<String, DocumentInfo> documents, int maxDaysApart, Vocabulary vocabulary) {
        this.documents = documents;
        this.maxDaysApart = maxDaysApart;
        this.vocabulary = vocabulary;
    }

    /** What a claim brings to the checks; work it out once per claim and compare the results. */
    public Setting setting(Claim claim, EventContext context) {
        String sentence = claim.mention().sentence();
        if (!sentence.equals(lastSentence)) {
            lastSentence = sentence;
            lastScopeWords = Scope.Words.of(sentence);
            lastPeriods = ReportingPeriods.of(sentence);
        }
        String documentId = claim.mention().documentId();
        if (!documentId.equals(lastDocumentId)) {
            lastDocumentId = documentId;
            lastPublished = documents.get(documentId).date();
        }
        return setting(context, lastPublished, Scope.of(lastScopeWords, !context.places().isEmpty()), lastPeriods);
    }

    /**
     * The setting of a claim with this context, scope and {@link ReportingPeriods} in an article published on
     * {@code published} (or undated).
     */
    Setting setting(EventContext context, LocalDate published, Scope scope, int periods) {
        List<String> entities = context.entities().stream().map(SpeakerNames::fold).toList();
        return new Setting(scope, periods, numbers(context.places(), SpeakerNames::fold, true),
                numbers(entities, Function.identity(), true),
                numbers(shortForms(context.entities(), entities), Function.identity(), true),
                context.time() == null ? null : PartialDate.parse(context.time()),
                published == null ? UNDATED : published.toEpochDay(),
                numbers(context.keywords(), this::wordClass, true),
                numbers(context.keywords(), vocabulary::nounClass, true));
    }

    /** A content word as the vocabulary groups it ("raise" and "increase" are "rise"), a capitalised one as written. */
    private String wordClass(String word) {
        return Character.isLowerCase(word.charAt(0)) ? vocabulary.nounClass(word) : word;
    }

    /**
     * Whether an event dated {@code date} is history to an article published on epoch day {@code published}: it ended
     * more than {@value #HISTORY_DAYS} days before.
     */
    static boolean isHistory(PartialDate date, long published) {
        return published - date.last().toEpochDay() > HISTORY_DAYS;
    }

    /** Whether two claims' settings are compatible. */
    public boolean compatible(Setting a, Setting b) {
        return a.placesCompatible(b)
                && a.scope.compatibleWith(b.scope)
                && ReportingPeriods.compatible(a.periods, b.periods)
                && a.namesCompatible(b)
                && a.timesCompatible(b)
                && publishedClose(a, b)
                && a.sharedKeywords(b) >= MIN_SHARED_KEYWORDS;
    }

    private boolean publishedClose(Setting a, Setting b) {
        return a.published == UNDATED || b.published == UNDATED || Math.abs(a.published - b.published) <= maxDaysApart;
    }

    /**
     * Each folded name with the shorter names it may be written as: its leading words ("Alder Peak" for "Alder Peak
     * Capital", "Kingsmere" for "Kingsmere United") and, for a name of {@value #SHORTEST_INITIALS} or more capitalised
     * words, their initials ("VCA" for "Vestrian Competition Authority", "FNS" for "Federation of Nursing Staff"). Its
     * trailing words are not: "Amberby" is not "New Amberby". A run of more than {@value #LONGEST_NAME} words is no
     * name anyone shortens, and keeps only itself.
     */
    private static List<String> shortForms(List<String> names, List<String> foldedNames) {
        List<String> forms = new ArrayList<>();
        for (int n = 0; n < foldedNames.size(); n++) {
            String folded = foldedNames.get(n);
            forms.add(folded);
            long spaces = folded.chars().filter(c -> c == ' ').count();
            if (spaces >= LONGEST_NAME) {
                continue;
            }
            if (spaces >= SHORTEST_INITIALS - 1) {
                String initials = initials(names.get(n));
                if (initials.length() >= SHORTEST_INITIALS) {
                    forms.add(SpeakerNames.fold(initials));
                }
            }
            for (int space = folded.indexOf(' '); space > 0; space = folded.indexOf(' ', space + 1)) {
                forms.add(folded.substring(0, space));
            }
        }
        return forms;
    }

    /** The first letters of the capitalised words of a name: "VCA" for "Vestrian Competition Authority". */
    private static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : Whitespace.split(name)) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                initials.append(word.charAt(0));
            }
        }
        return initials.toString();
    }

    /** The dictionary numbers of the words, changed by {@code form}, in ascending order. */
    private int[] numbers(List<String> words, Function<String, String> form, boolean distinct) {
        int[] numbers = new int[words.size()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = dictionary.computeIfAbsent(form.apply(words.get(i)), w -> dictionary.size());
        }
        Arrays.sort(numbers);
        return distinct ? withoutRepeats(numbers) : numbers;
    }

    /** The sorted {@code numbers} with each value once, compacted in place: the same array when nothing repeats. */
    private static int[] withoutRepeats(int[] numbers) {
        int kept = 0;
        for (int i = 0; i < numbers.length; i++) {
            if (i == 0 || numbers[i] != numbers[i - 1]) {
                numbers[kept++] = numbers[i];
            }
        }
        return kept == numbers.length ? numbers : Arrays.copyOf(numbers, kept);
    }

    /**
     * What of one claim's setting the checks compare, names and words as dictionary numbers in ascending order.
     *
     * @param scope             how wide an area its sentence covers
     * @param periods           the quarters and halves of a year its sentence names, as {@link ReportingPeriods}
     * @param places            the places of its sentence, folded, without repeats
     * @param entities          the other names of its sentence, folded, without repeats
     * @param shortForms        those names and their leading words, the shorter names each may be written as
     * @param time              the date of its event, or {@code null}
     * @param published         the publication day of its article (epoch day), or {@code Long.MIN_VALUE}
     * @param keywords          its content words, without repeats
     * @param lowerCaseKeywords its content words in lower case as their noun groups name them, without repeats
     */
    public record Setting(Scope scope, int periods, int[] places, int[] entities, int[] shortForms, PartialDate time,
                          long published, int[] keywords, int[] lowerCaseKeywords) {

        /** The names that tie the claim to its event: its places, or its other names when it names no place. */
        public int[] eventNames() {
            return places.length > 0 ? places : entities;
        }

        /** Two sets of places exclude each other when both are known and have no place in common. */
        boolean placesCompatible(Setting other) {
            return overlapOrUnknown(places, other.places);
        }

        /**
         * Without a place on either side, sentences that name only different things ("funding for Ashcombe",
         * "funding for Thorncombe") are about different things; a name written with its leading words only is the
         * same name ("Alder Peak" and "Alder Peak Capital").
         */
        boolean namesCompatible(Setting other) {
            return places.length > 0 || other.places.length > 0 || entities.length == 0 || other.entities.length == 0
                    || SortedNumbers.firstShared(entities, other.shortForms) >= 0
                    || SortedNumbers.firstShared(other.entities, shortForms) >= 0;
        }

        /**
         * Two event dates must be able to mean the same day. A figure without one is about the time of its article,
         * so a figure dated more than {@value #HISTORY_DAYS} days before that article is history, another fact.
         */
        boolean timesCompatible(Setting other) {
            if (time == null && other.time == null) {
                return true;
            }
            if (time != null && other.time != null) {
                return time.compatibleWith(other.time);
            }
            PartialDate dated = time != null ? time : other.time;
            long undatedPublished = time != null ? other.published : published;
            return undatedPublished == UNDATED || !isHistory(dated, undatedPublished);
        }

        /**
         * How many of the other claim's content words, in lower case and by noun group, are content words of this one.
         */
        int sharedKeywords(Setting other) {
            int shared = 0;
            int i = 0;
            for (int word : other.lowerCaseKeywords) {
                while (i < keywords.length && keywords[i] < word) {
                    i++;
                }
                if (i < keywords.length && keywords[i] == word) {
                    shared++;
                }
            }
            return shared;
        }

        private static boolean overlapOrUnknown(int[] a, int[] b) {
            return a.length == 0 || b.length == 0 || SortedNumbers.firstShared(a, b) >= 0;
        }
    }
}
