package org.claimcheck.core.extract.attribution;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.claimcheck.core.extract.date.CalendarWords;
import org.claimcheck.core.text.Token;

/**
 * Finds the noun phrase that names a speaker next to a reporting verb, in a tagged sentence: the subject before the
 * verb ("Sweden's Foreign Minister Tobias Billström said"), the phrase after it ("said Robert Lee, a veteran"), or the
 * sentence's leading subject when the verb is a participle ("Peskov reacted, labeling ..."). Capitalised words and role
 * words ("envoy") always count as part of the phrase, whatever their tag, because tagging of foreign names and titles
 * is unreliable. Results are token index ranges {@code [from, to)}, or {@code null}.
 */
final class NounPhrases {
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which");
    /** What closes a name in apposition: "the presiding judge, Renata Solberg, as …" or "…, Renata Solberg." */
    private static final Set<String> APPOSITION_ENDS = Set.of(",", ".", "!", "?");
    private static final int MAX_NAME_TOKENS = 4;
    private static final Set<String> LINKING_PREPOSITIONS = Set.of("of", "in", "for", "with", "from", "at");
    /**
     * The pronouns a capitalised word tagged as one must be to be one: the tagger takes some first names for pronouns
     * ("police spokeswoman Ilse Granacher said").
     */
    private static final Set<String> PRONOUNS = Set.of("i", "me", "you", "he", "him", "she", "her", "it", "we", "us",
            "they", "them", "this", "that", "these", "those", "who", "whom", "which", "what", "one", "someone",
            "anyone", "everyone", "nobody", "everybody", "somebody", "all", "both", "each", "none", "some", "many",
            "most", "several", "few", "others", "another");
    private static final Set<String> TIME_WORDS = Set.of(
            "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend", "today", "yesterday",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /** "on", a month and a day: the tokens of "on Oct. 22". */
    private static final int DAY_DATE_TOKENS = 3;

    private NounPhrases() {
    }

    /**
     * The subject phrase ending just before the verb at {@code verb}, skipping adverbs, auxiliaries, times, a day's
     * date ("Norvane Systems, one of the largest employers, on Oct. 22 announced") and an acronym in brackets ("the
     * Hydrological Service (MMHS) said").
     */
    static int[] subjectBefore(List<Token> tokens, int verb) {
        int end = verb;
        while (end > 0) {
            Token previous = tokens.get(end - 1);
            if ("ADV".equals(previous.tag()) || "AUX".equals(previous.tag())) {
                end--;
            } else if (end >= 2 && TIME_WORDS.contains(previous.lemma())
                    && Set.of("this", "last", "on", "earlier").contains(tokens.get(end - 2).lemma())) {
                end -= 2;
            } else if (TIME_WORDS.contains(previous.lemma()) && "PROPN".equals(previous.tag())) {
                end--;
            } else if (isDayDate(tokens, end)) {
                end -= DAY_DATE_TOKENS;
            } else {
                break;
            }
        }
        if (end >= 4 && tokens.get(end - 1).text().equals(")") && tokens.get(end - 3).text().equals("(")
                && Vocabulary.isAcronym(tokens.get(end - 2).text())) {
            end -= 3;
        }
        end = beforeRelativeClause(tokens, end);
        if (end > 0 && tokens.get(end - 1).text().equals(",")) {
            int before = beforeApposition(tokens, end - 1);
            if (before > 0 && isName(tokens, before + 1, end - 1)) {
                return new int[] {before + 1, end - 1};
            }
            end = before;
        }
        if (end >= 2 && closesAge(tokens, end)) {
            end -= 2;
        }
        if (end <= 0) {
            return null;
        }
        if (end >= 2 && RELATIVE_PRONOUNS.contains(tokens.get(end - 1).lemma())
                && tokens.get(end - 2).text().equals(",")) {
            end -= 2;
        }
        if ("PRON".equals(tokens.get(end - 1).tag())) {
            return new int[] {end - 1, end};
        }
        int start = end;
        while (start > 0 && belongsBackward(tokens, start - 1)) {
            start--;
        }
        while (start < end && "ADP".equals(tokens.get(start).tag())) {
            start++;
        }
        if (start < end && namedBeforeLink(tokens, start)) {
            return nameBefore(tokens, start - 1);
        }
        return start < end ? new int[] {start, end} : null;
    }

    /** Whether "on" and a day of a month ("on Oct. 22", "on 22 October") end at {@code end}. */
    private static boolean isDayDate(List<Token> tokens, int end) {
        if (end < DAY_DATE_TOKENS || !tokens.get(end - DAY_DATE_TOKENS).text().equalsIgnoreCase("on")) {
            return false;
        }
        Token first = tokens.get(end - 2);
        Token second = tokens.get(end - 1);
        return isMonth(first) && isDayNumber(second) || isDayNumber(first) && isMonth(second);
    }

    private static boolean isMonth(Token token) {
        return CalendarWords.isMonthOrWeekday(token.text());
    }

    private static boolean isDayNumber(Token token) {
        String text = token.text();
        return !text.isEmpty() && text.length() <= 2 && text.chars().allMatch(Character::isDigit);
    }

    /**
     * Whether a person's name stands before the phrase at {@code start}, linked by a preposition: "Priya Venkataraman
     * of the security firm Bastion Grey says" is said by the researcher, not the firm; "the Bank of England said" stays
     * the bank.
     */
    private static boolean namedBeforeLink(List<Token> tokens, int start) {
        if (start < 2 || !LINKING_PREPOSITIONS.contains(tokens.get(start - 1).lemma())
                || !"ADP".equals(tokens.get(start - 1).tag())) {
            return false;
        }
        String name = tokens.get(start - 2).text();
        return Vocabulary.isCapitalized(name) && !Vocabulary.isRole(name) && !Vocabulary.isOrganisationHead(name)
                && !Vocabulary.isCollective(name) && "PROPN".equals(tokens.get(start - 2).tag());
    }

    /** The run of capitalised words ending just before {@code end}: "Priya Venkataraman". */
    private static int[] nameBefore(List<Token> tokens, int end) {
        int start = end;
        while (start > 0 && end - start < MAX_NAME_TOKENS && Vocabulary.isCapitalized(tokens.get(start - 1).text())
                && "PROPN".equals(tokens.get(start - 1).tag())) {
            start--;
        }
        return new int[] {start, end};
    }

    /**
     * "the chief hydrologist, Alys Pennard, told", "according to the agency's spokeswoman, Leena Varga,", "said the
     * presiding judge, Renata Solberg.": a name set off by a comma right after a description, at
     * {@code afterDescription}, and closed by a comma or the end of the sentence, names the speaker.
     */
    static int[] apposition(List<Token> tokens, int afterDescription) {
        if (afterDescription >= tokens.size() || !tokens.get(afterDescription).text().equals(",")) {
            return null;
        }
        int[] name = phraseAfter(tokens, afterDescription + 1);
        if (name == null || !tokens.get(name[0]).isProperNoun()) {
            return null;
        }
        boolean closed = name[1] == tokens.size() || APPOSITION_ENDS.contains(tokens.get(name[1]).text());
        return closed ? name : null;
    }

    /** The phrase starting at {@code from}: "Robert Lee" in "said Robert Lee, a veteran". */
    static int[] phraseAfter(List<Token> tokens, int from) {
        int end = from;
        while (end < tokens.size() && belongsForward(tokens, end, from)) {
            end++;
        }
        while (end > from && "ADP".equals(tokens.get(end - 1).tag())) {
            end--;
        }
        boolean possessive = from + 1 < tokens.size() && tokens.get(from + 1).isNoun();
        if (end > from && "PRON".equals(tokens.get(from).tag()) && !possessive) {
            return new int[] {from, from + 1};
        }
        return end > from ? new int[] {from, end} : null;
    }

    /**
     * The subject at the head of the sentence, before {@code limit}: after a leading adverbial that ends in a comma
     * ("On Wednesday, the Kremlin ..."), but before a relative clause ("Jonas Ekvall, who visited ..., said").
     */
    static int[] leadingSubject(List<Token> tokens, int limit) {
        int start = 0;
        for (int i = 0; i < limit; i++) {
            Token token = tokens.get(i);
            if (token.text().equals(",")) {
                boolean relative = i + 1 < limit && RELATIVE_PRONOUNS.contains(tokens.get(i + 1).lemma());
                start = relative ? 0 : i + 1;
                break;
            }
            if (token.isVerb()) {
                break;
            }
        }
        while (start < limit && ("CCONJ".equals(tokens.get(start).tag()) || "ADV".equals(tokens.get(start).tag()))) {
            start++;
        }
        if (start >= limit) {
            return null;
        }
        int[] phrase = phraseAfter(tokens, start);
        return phrase != null && phrase[1] <= limit ? phrase : null;
    }

    /** Whether tokens {@code [from, to)} are a short run of capitalised words: a name in apposition. */
    private static boolean isName(List<Token> tokens, int from, int to) {
        if (to - from < 1 || to - from > MAX_NAME_TOKENS) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!Vocabulary.isCapitalized(tokens.get(k).text()) || Vocabulary.isRole(tokens.get(k).text())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Skips back over a relative clause and an age set off by commas, "Tomas Ruud, 64, who left his farm, said":
     * the end of the phrase before them, or {@code end} when there are none.
     */
    private static int beforeRelativeClause(List<Token> tokens, int end) {
        if (end < 1 || !tokens.get(end - 1).text().equals(",")) {
            return end;
        }
        int k = end - 2;
        while (k > 0 && !isRelativePronoun(tokens.get(k))) {
            boolean comma = tokens.get(k).text().equals(",");
            if (comma && !closesAge(tokens, k)) {
                break;
            }
            k -= comma ? 3 : 1;
        }
        if (k < 2 || !isRelativePronoun(tokens.get(k)) || !tokens.get(k - 1).text().equals(",")) {
            return end;
        }
        int before = k - 1;
        if (before >= 2 && "NUM".equals(tokens.get(before - 1).tag()) && tokens.get(before - 2).text().equals(",")) {
            before -= 2;
        }
        return before;
    }

    /** "who", "which" or "whose". */
    static boolean isRelativePronoun(Token token) {
        return RELATIVE_PRONOUNS.contains(token.lemma()) || "whose".equalsIgnoreCase(token.text());
    }

    /** Whether the comma at {@code comma} closes an age set off by commas: "Matej, 24, was". */
    private static boolean closesAge(List<Token> tokens, int comma) {
        return comma >= 2 && "NUM".equals(tokens.get(comma - 1).tag()) && tokens.get(comma - 2).text().equals(",");
    }

    /**
     * Skips back over ", apposition ," to the token before the first comma, or returns 0 when there is none. The
     * apposition may hold a relative clause with its verb ("Milo Arendt, 29, a nurse who bought a flat in Hollen,
     * said"); a verb outside one ends it, unless a hyphen joins it to the word before ("the Harlow Point-based
     * maker") or it describes the noun after or before it ("the company's managing director", "the chief inspector
     * leading the inquiry").
     */
    private static int beforeApposition(List<Token> tokens, int comma) {
        boolean verb = false;
        for (int i = comma - 1; i > 0; i--) {
            Token token = tokens.get(i);
            boolean reportingWord = !Vocabulary.isCapitalized(token.text()) && Cues.lemmaOf(token.text()) != null;
            if (reportingWord && !verb) {
                return 0;
            }
            boolean compound = i > 0 && tokens.get(i - 1).text().equals("-");
            if (isRelativePronoun(token)) {
                verb = false;
            } else if (token.isVerb() && !compound && !modifiesNoun(tokens, i)) {
                verb = true;
            }
            if (token.text().equals(",")) {
                return verb ? 0 : i;
            }
        }
        return 0;
    }

    /**
     * "the company's managing director", "the chief inspector leading the inquiry": a participle in "-ing" that
     * describes the noun after it or before it.
     */
    private static boolean modifiesNoun(List<Token> tokens, int i) {
        return tokens.get(i).text().endsWith("ing")
                && (i + 1 < tokens.size() && tokens.get(i + 1).isNoun() || i > 0 && tokens.get(i - 1).isNoun());
    }

    private static boolean belongsBackward(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (andWithinName(tokens, i)) {
            return true;
        }
        if ("ADP".equals(token.tag()) && LINKING_PREPOSITIONS.contains(token.lemma())) {
            return i > 0 && (Vocabulary.isRole(tokens.get(i - 1).lemma()) || withinName(tokens, i));
        }
        return isNominal(token);
    }

    /**
     * "and" between capitalised words of a name that holds the head of a body: "the Meteorological and Hydrological
     * Service", "the Department of Transport and Infrastructure"; not "Smith and Jones" or "Corvina Air and Brevant
     * Airways", two speakers.
     */
    private static boolean andWithinName(List<Token> tokens, int i) {
        if (!tokens.get(i).text().equals("and") || i == 0 || i + 1 >= tokens.size()
                || !Vocabulary.isCapitalized(tokens.get(i - 1).text())
                || !Vocabulary.isCapitalized(tokens.get(i + 1).text())) {
            return false;
        }
        for (int k = i + 1; k < tokens.size() && isNameWord(tokens.get(k)); k++) {
            if (Vocabulary.isOrganisationHead(tokens.get(k).text())) {
                return true;
            }
        }
        for (int k = i - 1; k >= 0 && isNameWord(tokens.get(k)); k--) {
            if (Vocabulary.isOrganisationHead(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNameWord(Token token) {
        return Vocabulary.isCapitalized(token.text()) || token.text().equals("of");
    }

    /** "of" inside the name of a body: "Chamber of Commerce" (see {@link Vocabulary#joinsBodyName}). */
    private static boolean withinName(List<Token> tokens, int i) {
        return tokens.get(i).lemma().equals("of") && i + 1 < tokens.size()
                && Vocabulary.joinsBodyName(tokens.get(i - 1).text(), tokens.get(i + 1).text());
    }

    private static boolean belongsForward(List<Token> tokens, int i, int from) {
        Token token = tokens.get(i);
        if (i > from && andWithinName(tokens, i)) {
            return true;
        }
        if ("ADP".equals(token.tag()) && LINKING_PREPOSITIONS.contains(token.lemma())) {
            return i > from && (Vocabulary.isRole(tokens.get(i - 1).lemma()) || withinName(tokens, i));
        }
        if ("PRON".equals(token.tag())) {
            return i == from;
        }
        if (i == from + 1 && "PRON".equals(tokens.get(from).tag()) && !token.isNoun()) {
            return false;
        }
        return isNominal(token) && !(i > from && "DET".equals(token.tag()) && !Vocabulary.isCapitalized(token.text()))
                || opensName(tokens, i);
    }

    /**
     * A capitalised word the tagger took for a verb, before another capitalised word that is none: the first word of a
     * name ("Associated Students president Maya Ferreira", "United Dockers").
     */
    private static boolean opensName(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (!"VERB".equals(token.tag()) || !Vocabulary.isCapitalized(token.text()) || i + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(i + 1);
        return Vocabulary.isCapitalized(next.text()) && !"VERB".equals(next.tag()) && !"AUX".equals(next.tag());
    }

    /**
     * A word with its possessive ending ("authority’s"), which stays one token: the tagger does not always take it for
     * a noun, and has even taken it for punctuation.
     */
    private static boolean isPossessiveForm(String text) {
        return text.length() > 2 && text.endsWith("s") && Vocabulary.isPossessive(text)
                && Character.isLetter(text.charAt(0));
    }

    private static boolean isNominal(Token token) {
        String tag = token.tag();
        if (!token.text().equals("-") && token.text().chars().noneMatch(Character::isLetterOrDigit)) {
            return false;
        }
        boolean pronoun = "PRON".equals(tag) && PRONOUNS.contains(token.text().toLowerCase(Locale.ROOT));
        if (Vocabulary.isCapitalized(token.text()) && !pronoun && !"PUNCT".equals(tag)
                && !"VERB".equals(tag) && !"AUX".equals(tag) && !"CCONJ".equals(tag) && !"SCONJ".equals(tag)
                && !"ADP".equals(tag)) {
            return true;
        }
        boolean possessive = tag.startsWith("NOUN+") || tag.startsWith("PROPN+") || isPossessiveForm(token.text());
        return token.isNoun() || possessive || token.isAdjective() || "DET".equals(tag) || "NUM".equals(tag)
                || Vocabulary.isRole(token.text())
                || "PART".equals(tag) && token.text().endsWith("s") || token.text().equals("-");
    }
}
