package org.claimcheck.core.extract.context;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimcheck.core.extract.AnalyzedText;
import org.claimcheck.core.extract.quantity.NumberWords;
import org.claimcheck.core.model.AttributionClaim;
import org.claimcheck.core.model.Claim;
import org.claimcheck.core.model.DateClaim;
import org.claimcheck.core.model.EventContext;
import org.claimcheck.core.model.QuantityClaim;
import org.claimcheck.core.model.Span;
import org.claimcheck.core.text.Sentence;
import org.claimcheck.core.text.Tagger;
import org.claimcheck.core.text.Token;
import org.claimcheck.core.text.Whitespace;

/**
 * Fills the {@link EventContext} of quantity and date claims from their sentence: the event they belong to (the
 * nearest event word, strong events first), the names and places of the sentence, its content words, and the date
 * the event happened when the sentence states one. Only sentences holding a claim are tagged.
 */
public final class ContextAnalyzer {
    /** Prepositions that make a date a point in time rather than the edge of a span. */
    private static final Set<String> POINTS = Set.of("on", "in");
    /**
     * What stands between a date and a figure of the clause describing it: the capitalised words of a name at most,
     * and a named setting (", during Storm Dennis"), then ", when", ", which", ", in which" or ", where", and a clause
     * that does not go on into another (", and …").
     */
    private static final Pattern DESCRIBING_CLAUSE = Pattern.compile("(?: \\p{Lu}[\\p{L}'’-]*)*"
            + "(?:, (?:during|in|at|amid) (?:the )?\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*)*)?"
            + ", (?:(?:in|during) )?(?:when|which|where) "
            + "(?:(?!, (?:and|but|while|whereas|although|though|yet) )[^;:()])*", Pattern.UNICODE_CHARACTER_CLASS);
    /**
     * What stands between a year that qualifies a name and a figure of the clause that name is the subject of: "the
     * 2019 Pike Flats Fire, burned 28,300 acres"; not a name that another subject follows ("Unlike the 2019 Marrow
     * Canyon Fire, the Corran Moor fire destroyed 300 homes").
     */
    private static final Pattern NAMED_SUBJECT = Pattern.compile("(?: \\p{Lu}[\\p{L}'’-]*)+,? "
            + "(?!(?:the|a|an|its|their|his|her|this|these|those) )\\p{Ll}"
            + "(?:(?!, )[^;:()])*", Pattern.UNICODE_CHARACTER_CLASS);
    /**
     * What may stand before a date that opens its clause: a conjunction that opens the clause ("…, and in 2023 the
     * marathon was halted"), then a preposition and a part of the period ("in the third quarter of", "at the end of",
     * "during").
     */
    private static final Pattern OPENING_TIME = Pattern.compile("(?:.*\\b(?:and|but) )?"
            + "\\s*(?:(?:in|during|on|at|by|for) )?(?:the )?"
            + "(?:(?:(?:first|second|third|fourth|final|last) (?:quarter|half)|end|start|beginning|middle|spring"
            + "|summer|autumn|fall|winter) of )?", Pattern.CASE_INSENSITIVE);
    /**
     * Words that compare a figure with another one, which a date between them may belong to; not "after" or "before" a
     * span of time ("halted after four hours when 45 runners were taken to hospital").
     */
    private static final Pattern COMPARISON = Pattern.compile(
            "\\b(?:compared|than|(?:after|before)(?!\\s+(?:\\d|" + NumberWords.alternationUpTo(10)
                    + "|a few|several)\\b)|figure|from|versus|against|double|twice|since)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * The words of a change that end right before its figure: "from" in "went from $3.00", "from $3.00 to" in "went
     * from $3.00 to $3.25"; the figure and the value it changed from share the date before them.
     */
    private static final Pattern CHANGE_TAIL = Pattern.compile("\\bfrom(\\s+\\S+\\s+to)?\\s*$");
    /** The words before the year of a part of it: "the first quarter of", "the summer of". */
    private static final Pattern PART_OF_YEAR = Pattern.compile(
            "\\b(quarter|half|spring|summer|autumn|fall|winter) of\\s*$", Pattern.CASE_INSENSITIVE);
    /** Words that put what follows them in the present, away from an earlier date: "which now employs". */
    private static final Pattern PRESENT = Pattern.compile("\\b(?:now|today|currently)\\b",
            Pattern.CASE_INSENSITIVE);
    /** The most words after the verb of a closing attribution: ", the bank said", ", she told reporters". */
    private static final int TRAILING_ATTRIBUTION_TAIL = 2;
    /**
     * Verbs of taking that, before one of {@link #SENSE_PARTICLES}, say where people were brought ("taken to
     * hospital"), what was assumed ("take on the debt") or who joined in ("took part"), not what was seized.
     */
    private static final Set<String> TAKING = Set.of("take");
    private static final Set<String> SENSE_PARTICLES = Set.of("to", "on", "part");
    /** Prepositions that make an event noun after them, with its determiner, what an act is about. */
    private static final Set<String> TOPIC_PREPOSITIONS = Set.of("on", "over", "about");
    /** The spans of time a verb of taking can last: "could take weeks to drain", "took three days". */
    private static final Set<String> TIME_SPANS = Set.of("minute", "hour", "day", "week", "month", "year", "decade");
    /** How many words after a verb of taking its time span may come: "will take up to two years". */
    private static final int TIME_SPAN_REACH = 4;
    /**
     * What a strong event word before the last word of a claim costs against one outside it: the word says what the
     * counted were ("seven trapped miners"), a strong verb of the clause what happened to them ("were rescued").
     */
    private static final double OWN_STRONG_WORD = 500;
    /** How much further the words of a participle clause after a date stand from it (see distanceAfter). */
    private static final double CONSEQUENCE_DISTANCE = 4;
    private static final Set<String> CLAUSE_CONJUNCTIONS = Set.of("and", "but", "while", "whereas", "although",
            "though", "yet");
    /**
     * Words after a claim that open another event, set before or after the claim's own: "170 millimetres of rain
     * fell before the river peaked".
     */
    private static final Set<String> TEMPORAL_SUBORDINATORS = Set.of("before", "after", "until", "when", "once",
            "because");
    /** The event classes that count people harmed or moved by an event. */
    static final Set<String> CASUALTIES = Set.of("kill", "injure", "missing", "arrest", "evacuate");
    private static final Set<String> STOP_LEMMAS = Set.of("be", "have", "do", "say", "tell", "add", "state", "note",
            "report", "according", "also", "other", "more", "less", "such", "same", "many", "much", "own");

    private final Tagger tagger;
    private final EventLexicon lexicon;
    private final CountedNounResolver nouns = new CountedNounResolver();

    /** What stands between two claims of a sentence, as far as sharing its time goes. */
    private enum Separation { NONE, COORDINATED_VERBS, CLAUSE_BREAK }

    /** A test for where a clause stops: {@link #isClauseBreak} or {@link #isEventBreak}. */
    private interface BreakTest {
        boolean at(SentenceTokens tokens, int index);
    }

    public ContextAnalyzer(Tagger tagger, EventLexicon lexicon) {
        this.tagger = tagger;
        this.lexicon = lexicon;
    }

    /** The claims with their context filled in, in the same order; attributions pass through unchanged. */
    public List<Claim> analyze(AnalyzedText text, List<Claim> claims) {
        EventLexicon events = lexicon.readingOf(text.document().body().text());
        Map<Claim, Claim> analyzed = new IdentityHashMap<>();
        List<Sentence> sentences = text.sentences();
        int[] starts = new int[sentences.size()];
        int[] ends = new int[sentences.size()];
        for (int s = 0; s < starts.length; s++) {
            Span span = text.document().spanOfBody(sentences.get(s).start(), sentences.get(s).end());
            starts[s] = span.start();
            ends[s] = span.end();
        }
        Map<Integer, List<Claim>> bySentence = new TreeMap<>();
        Map<Integer, List<String>> sources = new HashMap<>();
        for (Claim claim : claims) {
            int s = sentenceHolding(starts, ends, claim.mention().span().start());
            if (s >= 0 && (claim instanceof QuantityClaim || claim instanceof DateClaim)) {
                bySentence.computeIfAbsent(s, k -> new ArrayList<>()).add(claim);
            } else if (claim instanceof AttributionClaim attribution && attribution.speakerSpan() != null
                    && attribution.speakerSpan().start() >= attribution.mention().span().end()) {
                int at = sentenceHolding(starts, ends, attribution.speakerSpan().start());
                sources.computeIfAbsent(at, k -> new ArrayList<>()).add(attribution.speakerMention());
            }
        }
        bySentence.forEach((s, inSentence) -> {
            Sentence sentence = sentences.get(s);
            SentenceTokens tokens = new SentenceTokens(text.document(), sentence, tagger.tag(sentence.text()));
            analyzeSentence(tokens, inSentence, sources.getOrDefault(s, List.of()), events, analyzed);
        });
        return claims.stream().map(c -> analyzed.getOrDefault(c, c)).toList();
    }

    /** The sentence, of those starting at {@code starts} and ending at {@code ends}, that holds offset {@code at}. */
    private static int sentenceHolding(int[] starts, int[] ends, int at) {
        int low = 0;
        int high = starts.length - 1;
        int last = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (starts[middle] <= at) {
                last = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return last >= 0 && at < ends[last] ? last : -1;
    }

    private void analyzeSentence(SentenceTokens tokens, List<Claim> claims, List<String> sources,
            EventLexicon events, Map<Claim, Claim> out) {
        NamedEntities names = new NamedEntities(tokens);
        List<String> subjects = names.names().stream()
                .filter(name -> sources.stream().noneMatch(source -> source.contains(name))).toList();
        List<String> keywords = keywords(tokens, claims);
        Map<Claim, String> predicates = new IdentityHashMap<>();
        Map<Long, List<String>> clausePlaces = new HashMap<>();
        for (Claim claim : claims) {
            predicates.put(claim, predicate(tokens, claim.mention().span(), claim instanceof DateClaim, events));
        }
        QuantityClaim previous = null;
        for (Claim claim : claims) {
            String predicate = predicates.get(claim);
            List<String> places = placesOf(tokens, claim.mention().span(), names, clausePlaces);
            if (claim instanceof DateClaim date) {
                EventContext context = new EventContext(predicate, subjects, places, keywords, null);
                out.put(claim, date.withContext(context));
            } else if (claim instanceof QuantityClaim quantity) {
                String time = timeOf(tokens, quantity, predicate, claims, predicates, events);
                EventContext context = new EventContext(predicate, subjects, places, keywords, time);
                QuantityClaim resolved = nouns.resolve(tokens, quantity.withContext(context), previous);
                out.put(claim, resolved);
                previous = resolved;
            }
        }
    }

    /**
     * The date of the sentence that the quantity's clause describes ("since 2019, when the fire burned 24,000 acres",
     * "the fire of 2019, which killed four people"), else the one that belongs to the same event, to the event these
     * casualties were counted in (the setting: an attack, an outbreak), the one right after the figure ("a gap of
     * $45 million in 2027-28") or, when neither names an event, to the same clause ("withdrew 22 lots of the drug in
     * 2018"); only a point in time ("on March 3", "in 1971", "since 1998, when …"), not the start or end of a span
     * ("the highest since 2009", "until June"), and not across another figure, a comparison ("since the trams were
     * scrapped in 1961, after councillors approved the £1.4 billion line") or "now".
     */
    private static String timeOf(SentenceTokens tokens, QuantityClaim quantity, String predicate, List<Claim> claims,
            Map<Claim, String> predicates, EventLexicon events) {
        for (Claim claim : claims) {
            if (claim instanceof DateClaim date && describes(date, quantity)) {
                return date.value().toString();
            }
        }
        for (Claim claim : claims) {
            if (claim instanceof DateClaim date && isPointInTime(date) && nothingKeepsApart(date, quantity, claims)) {
                String datePredicate = predicates.get(claim);
                boolean sameEvent = predicate != null && predicate.equals(datePredicate);
                boolean causedBy = predicate != null && CASUALTIES.contains(predicate) && datePredicate != null
                        && events.isSetting(datePredicate);
                Separation separation = separation(tokens, date.mention().span(), quantity.mention().span());
                boolean sameClause = predicate == null && datePredicate == null
                        && separation != Separation.CLAUSE_BREAK;
                boolean coordinated = separation == Separation.COORDINATED_VERBS;
                boolean rightAfter = date.mention().span().start() >= quantity.mention().span().end()
                        && between(date, quantity).isBlank();
                if (sameEvent || causedBy || sameClause || rightAfter || coordinated) {
                    return date.value().toString();
                }
            }
        }
        for (Claim claim : claims) {
            if (claim instanceof DateClaim date && opensClauseOf(date, quantity)) {
                return date.value().toString();
            }
        }
        return null;
    }

    /**
     * Whether the date opens the clause the quantity stands in, as a time set before it with a comma ("In the third
     * quarter of 2023, Lumora reported revenue of $2.28 billion and a net loss of $96 million") or without one up to a
     * figure with no comma between ("…, and in 2023 the marathon was halted when 45 runners were taken to hospital"):
     * it dates every figure of the clause, with no comparison or "now" between.
     */
    private static boolean opensClauseOf(DateClaim date, QuantityClaim quantity) {
        String before = textBefore(date);
        boolean spanEdge = date.relation() != null && !POINTS.contains(date.relation());
        if (before == null || date.mention().span().end() > quantity.mention().span().start() || spanEdge) {
            return false;
        }
        int clauseStart = Math.max(before.lastIndexOf(':'), before.lastIndexOf(';')) + 1;
        String words = between(date, quantity);
        if (!followedBy(date, ",") && words.indexOf(',') >= 0) {
            return false;
        }
        return OPENING_TIME.matcher(before.substring(clauseStart)).matches() && words.indexOf(';') < 0
                && words.indexOf(':') < 0 && !comparesOrTurnsToNow(words);
    }

    /** The words of the date's sentence before it, or {@code null} when its offsets do not fall inside it. */
    private static String textBefore(DateClaim date) {
        int at = date.mention().span().start() - date.mention().sentenceSpan().start();
        String sentence = date.mention().sentence();
        return at < 0 || at > sentence.length() ? null : sentence.substring(0, at);
    }

    /**
     * Whether the words between a date and a figure hold no other figure of its kind, no comparison and no "now": in
     * "was double the figure in 2019" or "rose 4% after falling 2% in 2024" the date belongs to the figure compared
     * with, and in "in 2019 from Calder Mills, which now employs 1,200" the figure is of the present; "in 2019, lasted
     * two days and affected 12 hospitals" dates the hospitals.
     */
    private static boolean nothingKeepsApart(DateClaim date, QuantityClaim quantity, List<Claim> claims) {
        Span a = date.mention().span();
        Span b = quantity.mention().span();
        int from = Math.min(a.end(), b.end());
        String words = between(date, quantity);
        Matcher change = CHANGE_TAIL.matcher(words);
        if (a.end() <= b.start() && change.find()) {
            words = words.substring(0, change.start());
        }
        int to = a.end() <= b.start() ? a.end() + words.length() : a.start();
        boolean figureBetween = claims.stream().anyMatch(c -> c instanceof QuantityClaim other && other != quantity
                && other.amount().dimension() == quantity.amount().dimension()
                && c.mention().span().start() >= from && c.mention().span().end() <= to);
        return !figureBetween && !comparesOrTurnsToNow(words);
    }

    /** Whether words between a date and a figure compare the figure with another or turn to the present. */
    private static boolean comparesOrTurnsToNow(String words) {
        return COMPARISON.matcher(words).find() || PRESENT.matcher(words).find();
    }

    /** The sentence's words between a date and a figure, in either order; empty when they cannot be found. */
    private static String between(DateClaim date, QuantityClaim quantity) {
        Span a = date.mention().span();
        Span b = quantity.mention().span();
        int sentenceStart = date.mention().sentenceSpan().start();
        String sentence = date.mention().sentence();
        int from = Math.min(a.end(), b.end()) - sentenceStart;
        int to = Math.max(a.start(), b.start()) - sentenceStart;
        return from < 0 || from > to || to > sentence.length() ? "" : sentence.substring(from, to);
    }

    /**
     * What stands between two spans of the sentence: a clause break, else coordinated verbs, whose claims share the
     * clause's time ("killed 64 people in November 2019 and destroyed more than 9,000 homes"), else nothing.
     */
    private static Separation separation(SentenceTokens tokens, Span a, Span b) {
        int from = Math.min(tokens.endOverlapping(a), tokens.endOverlapping(b));
        int to = Math.max(tokens.firstOverlapping(a), tokens.firstOverlapping(b));
        Separation found = Separation.NONE;
        for (int i = from; i < to; i++) {
            if (isClauseBreak(tokens, i)) {
                return Separation.CLAUSE_BREAK;
            }
            if (found == Separation.NONE && coordinatesVerbs(tokens, i)) {
                found = Separation.COORDINATED_VERBS;
            }
        }
        return found;
    }

    /**
     * Whether the quantity stands in a "when" or "which" clause right after the date, or after the name the date
     * qualifies ("the Corran Moor fire of 2019, which killed four people"), with no other clause between; or in the
     * clause whose subject is the name a bare date qualifies ("the 2019 Pike Flats Fire, burned 28,300 acres").
     */
    private static boolean describes(DateClaim date, QuantityClaim quantity) {
        String words = between(date, quantity);
        boolean clause = DESCRIBING_CLAUSE.matcher(words).matches()
                || date.relation() == null && NAMED_SUBJECT.matcher(words).matches();
        return date.mention().span().end() <= quantity.mention().span().start() && clause
                && !PRESENT.matcher(words).find();
    }

    /**
     * Whether the date is a point in time of its clause: a date with "on" or "in" or none before it, a date followed
     * by ", when", a relative one ("a 6.8 percent rise last year"), one that owns what follows it ("last year's
     * heatwave") or the year of a part of it ("the first quarter of 2024"); a bare year that only qualifies a name
     * ("the riots of 2019", "the 2019 Marrow Canyon Fire") dates the figures of its describing clause alone.
     */
    private static boolean isPointInTime(DateClaim date) {
        if (date.relation() == null) {
            return date.value().hasMonth() || date.relative() || isPossessive(date) || isPartOfYear(date);
        }
        if (POINTS.contains(date.relation())) {
            return true;
        }
        return followedBy(date, ", when ");
    }

    /** Whether the date is the year of a part of it: "in the first quarter of 2024", "the summer of 2023". */
    private static boolean isPartOfYear(DateClaim date) {
        String before = textBefore(date);
        return before != null && PART_OF_YEAR.matcher(before).find();
    }

    /** Whether the date owns what follows it: "last year's heatwave" happened last year. */
    private static boolean isPossessive(DateClaim date) {
        return followedBy(date, "'s ") || followedBy(date, "’s ");
    }

    /** Whether the date's sentence goes on with {@code words} right after the date. */
    private static boolean followedBy(DateClaim date, String words) {
        int after = date.mention().span().end() - date.mention().sentenceSpan().start();
        return after >= 0 && date.mention().sentence().startsWith(words, after);
    }

    /**
     * The class of the nearest event word of the claim's clause, words before the claim preferred: strong events
     * first, then weak ones, then the setting (a date's predicate is its setting or the act of saying as readily as a
     * strong event; a number's predicate is never the act of saying). The clause ends at a semicolon, at a comma
     * followed by a conjunction ("…, and 14 people were injured") or at a conjunction before a number once the clause
     * has its verb ("27 were killed and 143 were injured"), so each number of a compound sentence takes its own event;
     * after the claim, it also ends where another event begins ("fell before the river peaked"). A verb coordinated
     * with the claim's ("killed 14 and injured 31") keeps its own event words, all but the setting ("the last strike
     * lasted two days and affected 12 hospitals" is the strike's). A weak event word
     * inside the claim is what it counts, not what happened to it: "12 hospitals" were not hospitalised; a strong one
     * before its last word says what the counted were, and yields to a strong event of the clause: "seven trapped
     * miners were rescued", but "three dead".
     * A word that says only that something began stands for the event its subject names ("the summit began on
     * March 18" is a meeting's date).
     */
    private static String predicate(SentenceTokens tokens, Span claimSpan, boolean forDate, EventLexicon events) {
        int from = tokens.firstOverlapping(claimSpan);
        int to = tokens.endOverlapping(claimSpan);
        int clauseStart = clauseStart(tokens, from, ContextAnalyzer::isClauseBreak);
        int eventStart = clauseStart(tokens, from, ContextAnalyzer::isEventBreak);
        int clauseEnd = to;
        while (clauseEnd < tokens.size() && !isClauseBreak(tokens, clauseEnd)
                && !opensAnotherEvent(tokens, clauseEnd)) {
            clauseEnd++;
        }
        int eventEnd = to;
        while (eventEnd < clauseEnd && !isEventBreak(tokens, eventEnd)) {
            eventEnd++;
        }
        EventLexicon.EventClass best = null;
        int bestIndex = -1;
        double bestScore = Double.MAX_VALUE;
        int attributionStart = forDate ? trailingAttributionStart(tokens, to) : tokens.size();
        int lastWord = lastWord(tokens);
        for (int i = clauseStart; i < clauseEnd; i++) {
            Optional<EventLexicon.EventClass> eventClass = changesSense(tokens, i) || forDate && isTopic(tokens, i)
                    ? Optional.empty() : eventAt(tokens, i, events);
            boolean reporting = eventClass.isPresent()
                    && eventClass.get().strength() == EventLexicon.Strength.REPORTING;
            boolean closing = i >= attributionStart && lastWord - i <= TRAILING_ATTRIBUTION_TAIL;
            boolean datesOnly = reporting || eventClass.isPresent()
                    && eventClass.get().strength() == EventLexicon.Strength.OCCASION;
            boolean document = reporting && tokens.get(i).isNoun();
            boolean coordinatedVerbs = (i < eventStart || i >= eventEnd) && eventClass.isPresent()
                    && eventClass.get().strength() != EventLexicon.Strength.SETTING;
            if (eventClass.isEmpty() || datesOnly && !forDate || reporting && closing || document
                    || coordinatedVerbs) {
                continue;
            }
            boolean ownWeakNoun = i >= from && i < to && eventClass.get().strength() == EventLexicon.Strength.WEAK;
            if (ownWeakNoun) {
                continue;
            }
            boolean modifier = i >= from && i < to - 1 || i < to && isPartitiveWhole(tokens, from, i);
            double distance = i < from ? from - i : i >= to ? distanceAfter(tokens, to, i, forDate) : 0;
            double score = distance + switch (eventClass.get().strength()) {
                case STRONG -> modifier ? OWN_STRONG_WORD : 0;
                case WEAK -> 1000;
                case SETTING, REPORTING, OCCASION, ASPECT -> forDate ? 0 : 2000;
            };
            if (score < bestScore) {
                bestScore = score;
                best = eventClass.get();
                bestIndex = i;
            }
        }
        if (best == null) {
            return null;
        }
        if (forDate && best.strength() != EventLexicon.Strength.OCCASION) {
            Optional<EventLexicon.EventClass> saying = sayingOf(tokens, bestIndex, clauseStart, events);
            if (saying.isPresent()) {
                return saying.get().name();
            }
        }
        return best.strength() == EventLexicon.Strength.ASPECT ? subjectEvent(tokens, bestIndex, clauseStart, events)
                .orElse(best.name()) : best.name();
    }

    /**
     * The act of saying whose object is the event noun at {@code noun}: "requested the recount on March 14",
     * "announced the merger on Monday" date the request and the announcement, not the recount or the merger.
     */
    private static Optional<EventLexicon.EventClass> sayingOf(SentenceTokens tokens, int noun, int clauseStart,
            EventLexicon events) {
        if (!tokens.get(noun).isNoun()) {
            return Optional.empty();
        }
        int verb = noun - 1;
        while (verb > clauseStart && ("DET".equals(tokens.get(verb).tag()) || tokens.get(verb).isAdjective())) {
            verb--;
        }
        if (verb < clauseStart || !tokens.get(verb).isVerb()) {
            return Optional.empty();
        }
        return eventOf(tokens.get(verb), events)
                .filter(c -> c.strength() == EventLexicon.Strength.REPORTING);
    }

    /**
     * Whether the word at {@code i}, after a claim, opens a clause about another event: "before the river peaked", ",
     * which seismologists say explains why", "treated 1,100 runners, 47 of whom were taken to hospital", or a part of
     * it counted after a comma once the claim's own verb has come ("taken to hospitals, 11 of them in critical
     * condition"; not "Seventeen people, fourteen of them children, have died").
     */
    private static boolean opensAnotherEvent(SentenceTokens tokens, int i) {
        String lemma = tokens.get(i).lemma();
        boolean afterComma = i > 0 && tokens.get(i - 1).text().equals(",");
        return TEMPORAL_SUBORDINATORS.contains(lemma) || lemma.equals("whom")
                || lemma.equals("which") && (afterComma || i > 0 && tokens.get(i - 1).lemma().equals("of"))
                || afterComma && "NUM".equals(tokens.get(i).tag()) && i + 1 < tokens.size()
                        && tokens.get(i + 1).lemma().equals("of") && hasVerbBefore(tokens, i);
    }

    /**
     * Where an attribution closing the sentence may start after a claim ending before token {@code claimEnd}: just
     * past the first comma after the claim, or past the end when there is none. A reporting word from there on,
     * with at most {@value #TRAILING_ATTRIBUTION_TAIL} words after it, closes the sentence: in "eased to 3.1% in
     * March, the bank said." March is when inflation eased, not when the bank spoke.
     */
    private static int trailingAttributionStart(SentenceTokens tokens, int claimEnd) {
        for (int k = claimEnd; k < tokens.size(); k++) {
            if (tokens.get(k).text().equals(",")) {
                return k + 1;
            }
        }
        return tokens.size();
    }

    /** The index of the sentence's last token that is not punctuation, or -1. */
    private static int lastWord(SentenceTokens tokens) {
        int last = tokens.size() - 1;
        while (last >= 0 && "PUNCT".equals(tokens.get(last).tag())) {
            last--;
        }
        return last;
    }

    /**
     * How far the word at {@code word} stands after a claim ending before token {@code claimEnd}: words after count
     * one and a half more than words before, except the verb of a passive right after the claim ("68 were injured",
     * "12 have been killed", "three are still missing"), which is nearer than any word before. A comma right after the
     * claim closes the phrase it stands in, so words past it count two more: in "requested by Pell on March 14, wrapped
     * up on", the date is the request's. A participle opening the words past the comma tells what a dated event led
     * to, so for a date they count four more again: in "gave way on 12 March, trapping 27 miners", the date is the
     * collapse's.
     */
    private static double distanceAfter(SentenceTokens tokens, int claimEnd, int word, boolean forDate) {
        int k = claimEnd;
        while (k < word && tokens.get(k).isVerbQualifier()) {
            k++;
        }
        boolean pastComma = claimEnd < word && tokens.get(claimEnd).text().equals(",");
        boolean consequence = forDate && pastComma && isParticiple(tokens.get(claimEnd + 1));
        return k == word && k > claimEnd ? 0.5
                : word - claimEnd + 1.5 + (pastComma ? 2 : 0) + (consequence ? CONSEQUENCE_DISTANCE : 0);
    }

    private static boolean isParticiple(Token token) {
        return token.isVerb() && token.text().endsWith("ing");
    }

    /**
     * Whether the word at {@code i} is a noun that the words before it make the topic of another act: "will vote on
     * the agreement on Dec. 2" dates the vote, not the agreement ("on the", "over a", "about the").
     */
    private static boolean isTopic(SentenceTokens tokens, int i) {
        if (!tokens.get(i).isNoun()) {
            return false;
        }
        int k = i - 1;
        while (k > 0 && tokens.get(k).isAdjective()) {
            k--;
        }
        return k > 0 && "DET".equals(tokens.get(k).tag())
                && TOPIC_PREPOSITIONS.contains(tokens.get(k - 1).text().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the word at {@code i} names the whole a counted part is drawn from: "Eleven of the injured were in
     * critical condition" counts the critical, not the injured. The word follows "of" and a determiner after the
     * claim's first word.
     */
    private static boolean isPartitiveWhole(SentenceTokens tokens, int from, int i) {
        return i - 2 > from && "DET".equals(tokens.get(i - 1).tag())
                && tokens.get(i - 2).text().equalsIgnoreCase("of");
    }

    /**
     * Whether the word at {@code i} is a verb of taking with a particle or a span of time that changes its sense: "27
     * people were taken to hospital", "will take on the club's debt", "14 avalanche dogs took part" and "could take
     * weeks to drain" seize nothing.
     */
    private static boolean changesSense(SentenceTokens tokens, int i) {
        if (!TAKING.contains(tokens.get(i).lemma()) || i + 1 >= tokens.size()) {
            return false;
        }
        if (SENSE_PARTICLES.contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (int j = i + 1; j < Math.min(tokens.size(), i + 1 + TIME_SPAN_REACH); j++) {
            if (tokens.get(j).isNoun()) {
                return TIME_SPANS.contains(tokens.get(j).lemma());
            }
        }
        return false;
    }

    /**
     * The event of token {@code i}: of the verb and the particle after it when they are listed ("gave way"); none for
     * a participle that ends a hyphenated modifier ("the spray-finishing area", "its fire-destroyed workshop") or for
     * an auxiliary "have".
     */
    private static Optional<EventLexicon.EventClass> eventAt(SentenceTokens tokens, int i, EventLexicon events) {
        if (endsHyphenatedModifier(tokens, i) || isAuxiliaryHave(tokens, i)) {
            return Optional.empty();
        }
        if (i + 1 < tokens.size() && tokens.get(i).isVerb()) {
            Optional<EventLexicon.EventClass> phrasal = events.phrasalClassOf(tokens.get(i).lemma(),
                    tokens.get(i + 1).text().toLowerCase(Locale.ROOT));
            if (phrasal.isPresent()) {
                return phrasal;
            }
        }
        return eventOf(tokens.get(i), events);
    }

    /** "had demanded 80 bitcoin": a "have" the tagger took for a verb that only makes the tense of the next one. */
    private static boolean isAuxiliaryHave(SentenceTokens tokens, int i) {
        if (!tokens.get(i).lemma().equals("have")) {
            return false;
        }
        int next = i + 1;
        while (next < tokens.size() && tokens.get(next).isVerbQualifier()) {
            next++;
        }
        return next < tokens.size() && tokens.get(next).isVerb();
    }

    private static boolean endsHyphenatedModifier(SentenceTokens tokens, int i) {
        if (i < 2 || !tokens.get(i - 1).text().equals("-")) {
            return false;
        }
        String text = tokens.get(i).text();
        return tokens.get(i).start() == tokens.get(i - 1).end() && tokens.get(i - 1).start() == tokens.get(i - 2).end()
                && (text.endsWith("ing") || text.endsWith("ed"));
    }

    /**
     * The event class of a common noun, verb or adjective, by its lemma or, where the lemmatizer strayed ("missing"
     * read as "miss"), by the word itself; a plural in "-ings" by its singular, whatever the tagger made of it, as
     * "buildings" are no act of building; a past tense the tagger took for something else by its verb ("won nine").
     */
    private static Optional<EventLexicon.EventClass> eventOf(Token token, EventLexicon events) {
        if (token.isProperNoun() || !token.isNoun() && !token.isVerb() && !token.isAdjective()) {
            return token.isMistakenVerb() ? events.classOf(token.verbLemma()) : Optional.empty();
        }
        String text = token.text().toLowerCase(Locale.ROOT);
        if (text.endsWith("ings")) {
            return events.listedClassOf(text.substring(0, text.length() - 1));
        }
        Optional<EventLexicon.EventClass> byLemma = events.classOf(token.lemma());
        return byLemma.isPresent() ? byLemma : events.classOf(text);
    }

    /**
     * The event named by the subject of a word that says only that something began: a common noun back to the
     * verb or punctuation mark before it, past the comma of a relative clause ("the summit began", "talks between the
     * two sides began", "the stoppage, which began"; not "were evacuated, as the wildfire that began"), or the event
     * of that verb, whose start the word dates ("the order will be lifted in stages starting Friday").
     */
    private static Optional<String> subjectEvent(SentenceTokens tokens, int aspect, int clauseStart,
            EventLexicon events) {
        for (int i = aspect - 1; i >= clauseStart; i--) {
            Token token = tokens.get(i);
            boolean relativeComma = token.text().equals(",") && i + 1 < aspect
                    && tokens.get(i + 1).text().equalsIgnoreCase("which");
            if (!relativeComma && token.isVerb()) {
                return eventOf(token, events).filter(c -> c.strength() != EventLexicon.Strength.REPORTING
                        && c.strength() != EventLexicon.Strength.ASPECT).map(EventLexicon.EventClass::name);
            }
            if (!relativeComma && "PUNCT".equals(token.tag())) {
                break;
            }
            Optional<EventLexicon.EventClass> eventClass = token.isNoun() ? eventOf(token, events) : Optional.empty();
            if (eventClass.isPresent() && (eventClass.get().strength() == EventLexicon.Strength.STRONG
                    || eventClass.get().strength() == EventLexicon.Strength.SETTING)) {
                return Optional.of(eventClass.get().name());
            }
        }
        return Optional.empty();
    }

    /**
     * The places of the claim's clause when it names any, else those of the clauses before it: in "prices in Marenholm
     * were up 3.1 percent at 2,050,000 crowns, while in Dunmark they fell to 1,380,000 crowns" each figure has its own
     * place, "In Millbrook, 12 people died, and 14 were injured" places both, and in "Some 430 homes were flooded, and
     * 1,200 residents were moved out of the Riverside area" the homes have no place the sentence says. {@code clauses}
     * keeps each clause's places for the other claims of the sentence.
     */
    private static List<String> placesOf(SentenceTokens tokens, Span claimSpan, NamedEntities sentence,
            Map<Long, List<String>> clauses) {
        if (sentence.places().isEmpty()) {
            return sentence.places();
        }
        int start = clauseStart(tokens, tokens.firstOverlapping(claimSpan), ContextAnalyzer::isClauseBreak);
        int end = tokens.endOverlapping(claimSpan);
        while (end < tokens.size() && !isClauseBreak(tokens, end)) {
            end++;
        }
        if (start == 0 && end == tokens.size()) {
            return sentence.places();
        }
        int to = end;
        return clauses.computeIfAbsent((long) start << 32 | to, key -> {
            List<String> clausePlaces = new NamedEntities(tokens, start, to).places();
            return clausePlaces.isEmpty() ? new NamedEntities(tokens, 0, start).places() : clausePlaces;
        });
    }

    /**
     * The first token of the clause holding token {@code i}: just after the break before it, a clause break or (with
     * {@link #isEventBreak}) also coordinated verbs.
     */
    private static int clauseStart(SentenceTokens tokens, int i, BreakTest isBreak) {
        int start = i;
        while (start > 0 && !isBreak.at(tokens, start - 1)) {
            start--;
        }
        return start;
    }

    /**
     * A semicolon, a comma before a conjunction that opens a new clause, or a conjunction before a number once the
     * number before it has its verb ("27 people were killed and 143 were injured").
     */
    private static boolean isClauseBreak(SentenceTokens tokens, int index) {
        String text = tokens.get(index).text();
        if (text.equals(";")) {
            return true;
        }
        boolean beforeConjunction = index + 1 < tokens.size()
                && CLAUSE_CONJUNCTIONS.contains(tokens.get(index + 1).lemma());
        if (text.equals(",")) {
            return beforeConjunction;
        }
        return CLAUSE_CONJUNCTIONS.contains(tokens.get(index).lemma()) && index + 1 < tokens.size()
                && "NUM".equals(tokens.get(index + 1).tag()) && hasVerbBefore(tokens, index);
    }

    /**
     * Where the event words of a claim's clause stop: at a clause break, and also at a conjunction before a verb once
     * the clause has one ("had demanded 80 bitcoin and has begun posting", "killed 14 and injured 31"). A coordinated
     * verb names its own event, while the time and places of the clause stay shared ("killed 64 people in November
     * 2019 and destroyed more than 9,000 homes").
     */
    private static boolean isEventBreak(SentenceTokens tokens, int index) {
        return isClauseBreak(tokens, index) || coordinatesVerbs(tokens, index);
    }

    /** Whether the token at {@code index} is a conjunction before a verb once its clause has one. */
    private static boolean coordinatesVerbs(SentenceTokens tokens, int index) {
        return CLAUSE_CONJUNCTIONS.contains(tokens.get(index).lemma()) && opensVerbPhrase(tokens, index + 1)
                && hasVerbInClauseBefore(tokens, index);
    }

    /** Whether a verb, after any auxiliaries and adverbs, stands at {@code index}: "and has begun posting". */
    private static boolean opensVerbPhrase(SentenceTokens tokens, int index) {
        int k = index;
        while (k < tokens.size() && tokens.get(k).isVerbQualifier()) {
            k++;
        }
        return k < tokens.size() && (tokens.get(k).isVerb() || k > index && "AUX".equals(tokens.get(index).tag()));
    }

    /** Whether a verb stands before {@code index} in its clause: "had demanded 80 bitcoin for the data and …". */
    private static boolean hasVerbInClauseBefore(SentenceTokens tokens, int index) {
        for (int i = index - 1; i >= 0 && !tokens.get(i).text().equals(";"); i--) {
            if (tokens.get(i).isVerb()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a verb follows the number before {@code index}: "27 people were killed and 143", not "launched 146
     * drones and 12 missiles", whose numbers share the verb before them.
     */
    private static boolean hasVerbBefore(SentenceTokens tokens, int index) {
        boolean verb = false;
        for (int i = index - 1; i >= 0; i--) {
            Token token = tokens.get(i);
            if ("NUM".equals(token.tag())) {
                return verb;
            }
            if (token.text().equals(";")) {
                return false;
            }
            verb |= token.isVerb();
        }
        return false;
    }

    /**
     * The content words of the sentence that tell its setting: nouns, verbs and adjectives, but not the units of its
     * numbers ("per cent", "square miles", "euros"), which every number in that unit shares. What a count counts
     * ("North Korean soldiers") and the month of a date stay: they say what the claim is about.
     */
    private static List<String> keywords(SentenceTokens tokens, List<Claim> claims) {
        boolean[] unit = new boolean[tokens.tokens().size()];
        for (Claim claim : claims) {
            if (claim instanceof QuantityClaim quantity) {
                Span span = claim.mention().span();
                Set<String> counted = quantity.noun().phrase() == null ? Set.of()
                        : Set.copyOf(Arrays.asList(Whitespace.split(quantity.noun().phrase())));
                for (int k = tokens.firstOverlapping(span); k < tokens.endOverlapping(span); k++) {
                    unit[k] |= !counted.contains(tokens.tokens().get(k).text());
                }
            }
        }
        Set<String> words = new LinkedHashSet<>();
        for (int k = 0; k < unit.length; k++) {
            Token token = tokens.tokens().get(k);
            boolean content = !unit[k] && (token.isNoun() || token.isVerb() || token.isAdjective());
            if (content && token.lemma().length() > 1 && !STOP_LEMMAS.contains(token.lemma())
                    && Character.isLetter(token.lemma().charAt(0))) {
                words.add(token.lemma());
            }
        }
        return new ArrayList<>(words);
    }
}
