package org.claimcheck.rules.compare;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimcheck.core.extract.quantity.NumberWords;

/**
 * The age group a count or a percentage is about: "92 are children under the age of five", "71 are aged between five
 * and 14", "efficacy fell to 67 percent in participants aged 80 and older". Figures of two age groups, or of one age
 * group and of everyone, are facts of their own: the under-fives' cases are not the outbreak's cases.
 */
final class AgeGroup {
    private static final String NUMBER_WORDS = NumberWords.alternationUpTo(99);
    private static final String AGE = "(\\d{1,3}|" + NUMBER_WORDS + ")";
    private static final String PEOPLE = "(?:children|child|people|adults|patients|pupils|students|babies|infants"
            + "|those|residents|participants|volunteers|anyone|kids)";
    /**
     * "aged 5 to 14", "aged between five and 14", "aged 80 and over", "aged 64"; "under the age of five", "younger
     * than five"; "children under five", "people over 65".
     */
    private static final Pattern GROUP = Pattern.compile("\\b(?:aged (?:between )?" + AGE + "(?:(?: to | and |-|–)"
            + AGE + "| and (over|older|above|up))?"
            + "|(under|below|over|above) the age of " + AGE
            + "|(younger|older) than " + AGE
            + "|" + PEOPLE + " (under|below|over|above) " + AGE + ")\\b", Pattern.CASE_INSENSITIVE);
    /** Where the words after a figure stop telling whom it counts: the end of its clause. */
    private static final Pattern CLAUSE_END = Pattern.compile("[,;.:]");
    private static final Pattern COUNT_BETWEEN = Pattern.compile("\\d|\\b(" + NUMBER_WORDS + ")\\b",
            Pattern.CASE_INSENSITIVE);
    /** "most of the 14 deaths involved people over 75": the figure is the whole, the age group only a share of it. */
    private static final Pattern SHARE_OF_WHOLE = Pattern.compile(
            "\\b(most|many|some|half|all|majority|minority|few|several) of (the |these |those )?$",
            Pattern.CASE_INSENSITIVE);
    private static final int SHARE_REACH = 24;
    private static final int REACH_AFTER = 70;
    private static final int REACH_BEFORE = 80;

    private AgeGroup() {
    }

    /**
     * "|ages LOW-HIGH" ("|ages 5-14", "|ages 0-5", "|ages 80-") for a figure whose clause names an age group, nothing
     * otherwise. The group after the figure in its clause counts first, with no other number between ("92 of the
     * cases are in children under five"), then the last one before it ("Among participants aged 80 and over, …,
     * efficacy was 76 percent"). A figure that a share is said of is the whole's: "most of the 14 deaths involved
     * people over 75".
     */
    static String keySuffix(SentenceWords words) {
        if (!mayNameAgeGroup(words.sentence()) || SHARE_OF_WHOLE.matcher(words.before(SHARE_REACH)).find()) {
            return "";
        }
        String after = words.after(REACH_AFTER);
        Matcher end = CLAUSE_END.matcher(after);
        String clause = end.find() ? after.substring(0, end.start()) : after;
        Matcher group = GROUP.matcher(clause);
        if (group.find() && !COUNT_BETWEEN.matcher(clause.substring(0, group.start())).find()) {
            return suffix(group);
        }
        String before = words.before(REACH_BEFORE);
        int semicolon = before.lastIndexOf(';');
        Matcher earlier = GROUP.matcher(before.substring(semicolon + 1));
        String found = "";
        while (earlier.find()) {
            found = suffix(earlier);
        }
        return found;
    }

    /** A quick test before the patterns: whether the sentence holds a word every age group is written with. */
    private static boolean mayNameAgeGroup(String sentence) {
        return sentence.contains(" age") || sentence.contains("younger") || sentence.contains("older")
                || sentence.contains(" under ") || sentence.contains(" over ") || sentence.contains(" below ")
                || sentence.contains(" above ");
    }

    /**
     * The key suffix of a {@link #GROUP} match. Its groups: 1 to 3 hold a range after "aged" (its ages, or "and
     * over"); each of the other three forms holds a bound and an age, in groups 4 and 5, 6 and 7, or 8 and 9.
     */
    private static String suffix(Matcher group) {
        if (group.group(1) != null) {
            String low = age(group.group(1));
            String high = group.group(2) != null ? age(group.group(2)) : group.group(3) != null ? "" : low;
            return "|ages " + low + "-" + high;
        }
        int form = group.group(5) != null ? 4 : group.group(7) != null ? 6 : 8;
        String age = age(group.group(form + 1));
        boolean below = switch (group.group(form).toLowerCase(Locale.ROOT)) {
            case "under", "below", "younger" -> true;
            default -> false;
        };
        return below ? "|ages 0-" + age : "|ages " + age + "-";
    }

    private static String age(String text) {
        OptionalDouble spelled = NumberWords.parse(text);
        return spelled.isPresent() ? Long.toString(Math.round(spelled.getAsDouble())) : text;
    }
}
