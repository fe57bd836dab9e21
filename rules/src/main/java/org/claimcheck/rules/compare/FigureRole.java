package org.claimcheck.rules.compare;

import java.util.Set;
import java.util.regex.Pattern;

import org.claimcheck.core.extract.quantity.NumberWords;
import org.claimcheck.core.model.Dimension;
import org.claimcheck.core.model.QuantityClaim;

/**
 * What a number is in its sentence besides a figure of the fact its words name, read from the words around it: a part
 * of a total ("131 of the drones", "including all 1,100", "nine died at the scene and two more in hospital") and the
 * total a part is of ("1,100 of the combined 11,800 jobs"), what something can hold ("licensed to carry 350
 * passengers"), an amount added to another ("a further $500 million", "2 million more"), the votes against ("five
 * councillors voted against"), a difference ("a margin of 1,187 votes", "three metres above flood stage"), a value
 * since replaced ("down from 140,000", "from the current 11.40 marks") or one compared with ("compared with $96
 * million a year earlier"); and numbers that are no figure of a fact at all (the sources of a report, a proportion).
 */
final class FigureRole {
    /** The key suffix of a part of a total. */
    static final String PART = "|part";
    /**
     * "131 of the drones", "nine of them", "128 of 146": a number of a group already named; not "212 of its people",
     * which names whose they are.
     */
    private static final Pattern PARTITIVE = Pattern.compile("\\bof (the|them|those|these|whom|which|\\d)",
            Pattern.CASE_INSENSITIVE);
    /**
     * "including all 1,100 at Granholm", "the cuts include 120 academic posts", "the remaining 220": a part of a total
     * given before.
     */
    private static final GuardedPattern INCLUDED = GuardedPattern.of(
            "\\b(including|among them|includes?|included|the remaining)( all)?\\s*$",
            "includ", "among them", "remaining");
    /**
     * "Of the 74 officers hurt on Saturday, six …", "Of the more than 2,300 people injured, 310 …", "Of the nine
     * skiers caught, seven …", "Of those, 120 …": a sentence that opens with the total its number is part of.
     */
    private static final Pattern OF_TOTAL = Pattern.compile("of ((the|its|their) (more than |over |about |around "
            + "|some |nearly |almost |roughly )?([\\d,]+|" + NumberWords.alternationUpTo(99) + ") [^,]*|those|them"
            + "|these), ");
    /**
     * "taken to hospital, where four remain", "of whom 12 are children": a bare number opening a clause about a group
     * named before it counts a part of that group.
     */
    private static final Pattern PART_CLAUSE = Pattern.compile("\\b(where|of whom|of which)\\s*$");
    /** The last words {@link #PART_CLAUSE} can end with: a quick test before it. */
    private static final Set<String> PART_CLAUSE_ENDS = Set.of("where", "whom", "which");
    /** "licensed to carry 350 passengers", "its limit of 350", "room for 40": what something can hold, not holds. */
    private static final Pattern CAPACITY = Pattern.compile("\\b((licen[cs]ed|certified|rated|designed|built|approved"
            + "|permitted|allowed) (for|to (carry|hold|take|seat|accommodate))|(limit|capacity|maximum) of|(can|could)"
            + " (carry|hold|take|seat|accommodate)|room for)\\s*$");
    /** "the 300-tonne limit", "a 300-tonne ceiling in its permit": a measure naming a limit after it. */
    private static final Pattern LIMIT_AFTER = Pattern.compile("^ (limit|ceiling|cap|capacity|maximum)\\b");
    /** The last words {@link #CAPACITY} can end with: a quick test before it. */
    private static final Set<String> CAPACITY_ENDS = Set.of("for", "carry", "hold", "take", "seat", "accommodate",
            "of");
    /**
     * "four more people", "two additional bodies", "2 million more": words of a counted noun, or closing the mention,
     * that add its number to one before.
     */
    private static final Set<String> ADDING_WORDS = Set.of("more", "additional", "further", "extra");
    /**
     * "…, and two more died in hospital": a number added later in the sentence, which makes the number before it a
     * part of their sum.
     */
    private static final Pattern MORE_AFTER = Pattern.compile("\\band (\\d[\\d,]*|" + NumberWords.alternationUpTo(20)
            + ") more\\b");
    private static final int MORE_REACH = 80;
    /**
     * "1,100 of the combined 11,800 jobs", "one of its 40 branches": the words before the whole that a number before it
     * is a part of.
     */
    private static final Pattern WHOLE_OF = Pattern.compile(
            "(\\d|\\b(" + NumberWords.alternationUpTo(10) + "|dozen|hundred|thousand|million)) (out )?of "
                    + "(the|a|an|its|their|his|her|our)( [a-z-]+)?\\s*$");
    /** "a town of about 4,300 people", "a population of 12,000", "home to 900 residents": how many live in a place. */
    private static final GuardedPattern POPULATION = GuardedPattern.of("\\b((a|an|the)( [a-z-]+)? (town|city|village"
            + "|hamlet|community|suburb|borough|municipality|island|county|district|region|province|country|nation) of"
            + "|population of|home to)\\s*$", " of", "home to");
    /** "a further $500 million", "another 40": an amount added to one given before. */
    private static final GuardedPattern ADDED = GuardedPattern.of("\\b(a further|another|an additional|an extra)\\s*$",
            "further", "another", "additional", "extra");
    /**
     * "a margin of 1,187 votes", "rose by 7%", "expected to fall by six degrees", "bring temperatures down by 6 to 8
     * degrees": the words before a difference between two values.
     */
    private static final Pattern CHANGE_BEFORE = Pattern.compile("\\b((margin|lead|majority) (of|to|at)|(ris(e|es|en"
            + "|ing)|rose|fall(s|en|ing)?|fell|(in|de)creas(e|es|ed|ing)|gr(ow|ows|own|owing|ew)|drop(s|ped|ping)?"
            + "|jump(s|ed|ing)?|climb(s|ed|ing)?|won|lost|rais(e|es|ed|ing)|lower(s|ed|ing)?|reduc(e|es|ed|ing)|cut"
            + "|narrow(s|ed|ing)?|widen(s|ed|ing)?|shr(ink|inks|ank|inking)|down|up) by)\\s*$");
    /**
     * "three metres above flood stage", "1.2 points ahead of": the words after a measure that is a difference; not a
     * depth or a height ("640 metres below the surface", "1,200 metres above sea level").
     */
    private static final Pattern CHANGE_AFTER = Pattern.compile("^\\s*((above|below)(?! (the )?(surface|ground|seabed"
            + "|sea|sea level|ground level)\\b)|higher than|lower than|ahead of|behind|more than|fewer than|less than)\\b");
    /**
     * "…, down from 140,000", "up from the 38,500 it reported", "to $38 from $52", "to $318m from", "rather than the
     * 27,000 it reported": the words before the value a figure replaced.
     */
    private static final Pattern EARLIER = Pattern.compile(
            "((\\b(up|down)|\\bto [$€£]?\\d[\\d.,]*( ?[a-z]+)?,?) from|\\brather than|\\binstead of)( the| its)?\\s*$"
                    + "|\\bfrom (the |its |their )?(current|present|existing|old|previous|former)\\s*$");
    /** The last words {@link #EARLIER} can end with: a quick test before it. */
    private static final Set<String> EARLIER_ENDS = Set.of("from", "than", "of", "the", "its", "current", "present",
            "existing", "old", "previous", "former");
    /** "from $21.4 million, or 16 cents a share": the value a figure replaced, given again in other terms. */
    private static final Pattern EARLIER_RESTATED = Pattern.compile("\\bfrom [$€£]?\\d[\\d.,]*( [a-z]+)?, or\\s*$");
    /**
     * "compared with a loss of", "versus", "against an acceptable daily intake of", "6.4% fewer than the": the words
     * before the figure another one is measured against, which states a fact of its own (most often the same measure
     * of an earlier period).
     */
    private static final GuardedPattern COMPARED_BEFORE = GuardedPattern.of(
            "\\b(compared (with|to)|versus|vs\\.?|against|(fewer|less|more|higher|lower|greater|larger|smaller) than"
                    + "(?= (a|an|the|its|their) ))( (a|an|the|its|their))?( [a-z-]+){0,3}( of)?\\s*$",
            "compared", "versus", "vs", "against", "than");
    /** "from last year's €274,300", "the previous quarter's revenue of": the words before an earlier period's figure. */
    private static final GuardedPattern EARLIER_BEFORE = GuardedPattern.of("\\b(last|the previous|the prior) "
            + "(year|month|quarter|season|week|summer|winter|spring|autumn)['’]s( [a-z-]+){0,3}( of)?\\s*$",
            "last", "previous", "prior");
    /**
     * "a year earlier", "in the same quarter last year", "had reported 212 deaths a week earlier": the words after a
     * figure of an earlier period or an earlier count; not "a week ago", which dates the story's own event.
     */
    private static final Pattern EARLIER_AFTER = Pattern.compile("^\\s*,?\\s*((in|for|during) )?(((a|one) year"
            + " (earlier|ago|before|previously))|(a|one) (day|week|fortnight|month) earlier|the (day|week|month|year)"
            + " before|the (previous|prior|preceding) (year|quarter|period)"
            + "|the same (quarter|period|month|week|half) (of )?(last|a|the previous|the prior) year)\\b");
    /** "five councillors voted against", "four votes against", "three opposed": the losing side of a vote. */
    private static final Pattern AGAINST_AFTER = Pattern.compile("^\\s*((voted|voting|vote) )?(against|opposed)\\b");
    /** "normally operates around 460 flights a day": what usually happens, not what happened. */
    private static final GuardedPattern USUAL = GuardedPattern.of(
            "\\b(normally|usually|typically|ordinarily|routinely|on (an average|a normal|a typical) (day|week))\\b"
                    + "[^,;]*$",
            "normally", "usually", "typically", "ordinarily", "routinely", "on a");
    /** "two people familiar with the readings": the sources of a report, not a fact of it. */
    private static final Pattern SOURCES = Pattern.compile(
            "^\\s*(familiar with|with knowledge of|briefed on|who spoke on condition)\\b");
    private static final String SMALL_NUMBER = "(\\d{1,3}\\b(?!,)|" + NumberWords.alternationUpTo(20) + "|a hundred)";
    /** "one in seven" after a bare "one": a proportion, not a count. */
    private static final Pattern PROPORTION = Pattern.compile("^\\s*in " + SMALL_NUMBER + "\\b");
    /** "seven" of "one in seven": the whole of a proportion. */
    private static final Pattern PROPORTION_BEFORE = Pattern.compile("\\b(one|two|three) in\\s*$");
    /** A mention that is a number alone, without what it counts: "one", "roughly one", "12". */
    private static final Pattern BARE = Pattern.compile(".*\\b" + SMALL_NUMBER, Pattern.CASE_INSENSITIVE);
    private static final int NEARBY = 16;
    /** How far back "to 62,000 households from" may start before a replaced value. */
    private static final int EARLIER_REACH = 40;
    /** How far back "Of the 74 officers hurt on Saturday," may start before a part. */
    private static final int OPENING_REACH = 100;

    private FigureRole() {
    }

    /** Whether the number states a figure at all, rather than counting a report's sources or giving a proportion. */
    static boolean isFigure(QuantityClaim claim, SentenceWords words) {
        String after = words.after(NEARBY);
        String before = words.before(NEARBY);
        boolean whole = after.startsWith(" in ") && BARE.matcher(claim.mention().text()).matches()
                && PROPORTION.matcher(after).lookingAt();
        boolean part = before.endsWith(" in ") && PROPORTION_BEFORE.matcher(before).find();
        return !whole && !part && !SOURCES.matcher(after).lookingAt();
    }

    /**
     * The role as a fact-key suffix: "|part", "|population", "|capacity", "|whole", "|added", "|against", "|usual",
     * "|change", "|earlier", or nothing for the figure itself.
     */
    static String keySuffix(QuantityClaim claim, SentenceWords words) {
        String before = words.before(NEARBY);
        String after = words.after(NEARBY);
        boolean ofTotal = words.sentence().startsWith("of ") && isOfTotal(words);
        boolean part = claim.mention().text().contains(" of ") && PARTITIVE.matcher(claim.mention().text()).find();
        String lastWord = lastWord(before);
        boolean partClause = PART_CLAUSE_ENDS.contains(lastWord) && PART_CLAUSE.matcher(before).find()
                && BARE.matcher(claim.mention().text()).matches();
        String further = words.after(MORE_REACH);
        boolean addedTo = further.contains(" more") && MORE_AFTER.matcher(further).find();
        if (part || INCLUDED.find(before) || ofTotal || partClause || addedTo) {
            return PART;
        }
        String reach = words.before(EARLIER_REACH);
        if (claim.amount().dimension() == Dimension.COUNT && POPULATION.find(reach)) {
            return "|population";
        }
        if (CAPACITY_ENDS.contains(lastWord) && CAPACITY.matcher(reach).find()
                || LIMIT_AFTER.matcher(after).lookingAt()) {
            return "|capacity";
        }
        if (reach.contains(" of ") && WHOLE_OF.matcher(reach).find()) {
            return "|whole";
        }
        if (ADDED.find(before) || ADDING_WORDS.contains(lastWord(claim.mention().text()))
                || claim.noun().modifiers().stream().anyMatch(ADDING_WORDS::contains)) {
            return "|added";
        }
        if (AGAINST_AFTER.matcher(after).lookingAt()) {
            return "|against";
        }
        if (USUAL.find(reach)) {
            return "|usual";
        }
        boolean measure = claim.amount().dimension() != Dimension.COUNT;
        boolean byOrOf = before.endsWith("by ") || before.endsWith("of ") || before.endsWith("to ")
                || before.endsWith("at ");
        if (byOrOf && CHANGE_BEFORE.matcher(before).find()
                || measure && CHANGE_AFTER.matcher(words.after(EARLIER_REACH)).lookingAt()) {
            return "|change";
        }
        boolean fromTo = before.endsWith("from ") && after.startsWith(" to ");
        boolean earlier = EARLIER_ENDS.contains(lastWord(before)) && EARLIER.matcher(reach).find()
                || before.endsWith(", or ") && EARLIER_RESTATED.matcher(reach).find();
        boolean compared = COMPARED_BEFORE.find(reach);
        boolean ofEarlierPeriod = EARLIER_AFTER.matcher(words.after(EARLIER_REACH)).lookingAt()
                || EARLIER_BEFORE.find(reach);
        return earlier || fromTo || compared || ofEarlierPeriod ? "|earlier" : "";
    }

    /** The last word of {@code text}, without the spaces after it. */
    private static String lastWord(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && text.charAt(start - 1) != ' ') {
            start--;
        }
        return text.substring(start, end);
    }

    private static boolean isOfTotal(SentenceWords words) {
        String opening = words.before(OPENING_REACH);
        return words.sentence().startsWith(opening) && OF_TOTAL.matcher(opening).matches();
    }
}
