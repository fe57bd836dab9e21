package org.claimcheck.rules.compare;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.claimcheck.core.model.DateClaim;
import org.claimcheck.core.model.DocumentInfo;
import org.claimcheck.core.source.Dateline;
import org.claimcheck.rules.config.RulesConfig;

/**
 * Finds the pairs of dates that date the same event. The fact key is the event class of the date ("the offensive
 * began on", "ousted by") and the kind of relation: a deadline ("by", "before", "until") and the last day of a span
 * ("from Monday 3 February to Friday 7 February", "between 26 September and 2 October") are never compared with a
 * point in time ("on", "from", "since").
 * Dates of saying ("told reporters on Tuesday") are not compared, nor the date of a wire dateline. A relative date
 * ("on Tuesday", "today") is resolved against the publication date, which is not always the day the text was
 * written, and "today" often means "nowadays": one that names a day only agrees, never disagrees, and a vaguer one
 * ("this week") is not compared. A date that is history to its article is never compared with one that is news to
 * its own.
 */
public final class DateFacts {
    /** "from 3.4% in February", "from 57,900 in February": the words before the period of an earlier figure. */
    private static final Pattern EARLIER_PERIOD = Pattern.compile(
            "\\bfrom [$€£]?\\d[\\d.,]*( ?bn| ?m| billion| million)?(%| per cent| percent)?\\s*$");
    /**
     * "down 3.1 percent from August", "3.1% fewer than in August", "0.6% on August", "fewer homes changed hands than in
     * August": the words before the period a change is measured against.
     */
    private static final Pattern BASE_PERIOD = Pattern.compile("((\\d(%| ?per ?cent| percent)|\\b(fewer|more|less"
            + "|higher|lower|up|down))\\b[^,;]{0,30}\\b(than|from|compared (with|to)|against|versus)( in)?"
            + "|\\d(%| ?per ?cent| percent) on)\\s*$");
    private static final int BASE_REACH = 48;
    private static final int PERIOD_REACH = 24;
    /**
     * "from Monday 3 February to", "between 26 September and", "from 00:01 on Thursday, September 4, until 23:59 on",
     * "until the end of": the words before the last day of a span, which is not when the event happened.
     */
    private static final Pattern SPAN_END = Pattern.compile("(\\bfrom\\b.*\\b(to|through|till|until)"
            + "|\\bbetween\\b.*\\band)( (the end of|(\\d{1,2}[:.]\\d{2}|\\d{1,2}(:\\d{2})? ?[ap]\\.?m\\.?|midnight)( on)?))?"
            + "\\s*$");
    private static final int SPAN_REACH = 80;
    /** "before its next sailing on", "its next departure, which is scheduled for": another time the event happens. */
    private static final Pattern OTHER_OCCURRENCE = Pattern.compile("\\b(next|previous)\\b");
    private static final int OCCURRENCE_REACH = 48;
    /** How far apart two dates of one event can be: further apart, they date two events (a crash and one in 2009). */
    private static final int MAX_DAYS_APART = 400;
    private static final Set<String> DEADLINES = Set.of("by", "before", "until");
    /**
     * "until at least", "no earlier than", "by the latest", "until midnight on", "by 5 p.m. on", "a deadline of": a
     * bound written with more words than its preposition.
     */
    private static final Pattern BOUND = Pattern.compile(
            "\\b((by|before|until|till) (at (the )?(least|earliest|latest)"
                    + "|(midnight|noon|\\d{1,2}([:.]\\d{2})? ?[ap]\\.?m\\.?)( on)?)"
                    + "|no (earlier|later|sooner) than|deadline (of|is|was|for|set for))\\s*$");
    private static final int BOUND_REACH = 32;
    private static final String SAYING = "say";
    /** The event class of incidents (a crash, a blast, a quake), which the harm they do stands for when dated. */
    private static final String INCIDENT = "attack";
    private static final Set<String> INCIDENT_HARMS = Set.of("kill", "injure");
    /** How far into its sentence the date of a wire dateline can stand: after the place alone. */
    private static final int DATELINE_REACH = 48;

    private final Vocabulary vocabulary;
    private final SameFact sameFact;
    private final Map<String, DocumentInfo> documents;
    private final ClaimOrder order;

    public DateFacts(Vocabulary vocabulary, RulesConfig config, Map<String, DocumentInfo> documents,
                     ClaimOrder order) {
        this.vocabulary = vocabulary;
        this.documents = documents;
        this.order = order;
        this.sameFact = new SameFact(documents, config.maxDaysApart(), vocabulary);
    }

    /**
     * The pairs of dates among {@code claims} that date the same event, the earlier-published first, without the
     * disagreements of relative dates. Dates more than {@value #MAX_DAYS_APART} days apart date different events.
     */
    public FactPairs<DateClaim, DatePair> pairs(List<DateClaim> claims) {
        List<DateClaim> ordered = order.sorted(claims);
        FactPairs<DateClaim, DatePair> pairs = new FactPairs<>(ordered);
        SameFact.Setting[] settings = new SameFact.Setting[ordered.size()];
        Boolean[] history = new Boolean[ordered.size()];
        for (int i = 0; i < ordered.size(); i++) {
            settings[i] = sameFact.setting(ordered.get(i), ordered.get(i).context());
            history[i] = isHistory(ordered.get(i));
        }
        Blocks.pairs(ordered, this::key, i -> settings[i].eventNames(), Blocks.DEFAULT_WINDOW, (i, j) -> {
            boolean near = ordered.get(i).value().daysApart(ordered.get(j).value()) <= MAX_DAYS_APART;
            boolean sameEra = history[i] == null || history[j] == null || history[i].equals(history[j]);
            if (near && sameEra && sameFact.compatible(settings[i], settings[j])) {
                DatePair pair = new DatePair(ordered.get(i), ordered.get(j));
                if (pair.agrees() || !ordered.get(i).relative() && !ordered.get(j).relative()) {
                    pairs.add(pair, i, j);
                }
            }
        });
        return pairs;
    }

    /**
     * The event class and whether the date is a deadline; {@code null} for dates that are never compared: dates of
     * saying, the date of a wire dateline, relative dates vaguer than a day ("this week") and a year alone ("since
     * 1971"), which sets a figure's time but dates no event closely.
     * The period of a figure a statistic came down or up from ("2.9% in March, down from 3.4% in February") and the
     * period a change is measured against ("down 3.1 percent from August") are keyed apart from the period of the
     * figure itself.
     */
    String key(DateClaim claim) {
        String event = incident(vocabulary.eventClass(claim.context().predicate(), claim.context().keywords()));
        if (event == null || event.equals(SAYING) || !claim.value().hasMonth()
                || claim.relative() && !claim.value().hasDay()
                || isDateline(claim)) {
            return null;
        }
        SentenceWords words = SentenceWords.of(claim);
        boolean deadline = claim.relation() != null && DEADLINES.contains(claim.relation())
                || BOUND.matcher(words.before(BOUND_REACH)).find();
        String earlier = EARLIER_PERIOD.matcher(words.before(PERIOD_REACH)).find()
                || BASE_PERIOD.matcher(words.before(BASE_REACH) + relationWord(claim)).find() ? "|earlier" : "";
        String kind = deadline ? "deadline" : SPAN_END.matcher(words.before(SPAN_REACH)).find() ? "end" : "point";
        String other = OTHER_OCCURRENCE.matcher(words.before(OCCURRENCE_REACH)).find() ? "|other" : "";
        return event + "|" + kind + earlier + other + SeparateEvent.keySuffix(words);
    }

    /**
     * Whether the date is history to its article ({@link SameFact#isHistory}). Such a date ("killed 11 people last
     * October") dates an earlier event than the article's news ("made landfall on Oct. 7"); {@code null} when the
     * article is undated.
     */
    private Boolean isHistory(DateClaim claim) {
        LocalDate published = documents.get(claim.mention().documentId()).date();
        return published == null ? null : SameFact.isHistory(claim.value(), published.toEpochDay());
    }

    /**
     * The event class of a date, with the harm an incident does (killed, injured) standing for the incident itself:
     * "killed 14 people on Tuesday, October 7" and "the coach plunged off the road on October 6" date one crash.
     */
    private static String incident(String event) {
        return event != null && INCIDENT_HARMS.contains(event) ? INCIDENT : event;
    }

    /**
     * Whether the date is the one of a wire dateline opening its sentence ("FELSBRUCK, Feb 18 (Meridian) - "): the day
     * the story was filed, which dates none of its events.
     */
    private static boolean isDateline(DateClaim claim) {
        int offset = claim.mention().span().start() - claim.mention().sentenceSpan().start();
        String sentence = claim.mention().sentence();
        return offset > 0 && offset <= DATELINE_REACH && offset < sentence.length()
                && Dateline.isWirePlace(sentence.substring(0, offset));
    }

    /** The word that opens the claim and relates its date ("from" of "from August"), with a space, or nothing. */
    private static String relationWord(DateClaim claim) {
        return claim.relation() == null ? "" : claim.relation() + " ";
    }
}
