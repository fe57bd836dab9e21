package org.claimcheck.core.extract.context;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.claimcheck.core.extract.date.CalendarWords;
import org.claimcheck.core.extract.quantity.NumberWords;
import org.claimcheck.core.text.CompassPoints;
import org.claimcheck.core.text.Tagger;
import org.claimcheck.core.text.Token;

/**
 * Finds names in a tagged sentence (runs of proper nouns) and, among them, the places the sentence's event happens in:
 * names after a locative preposition ("in Kursk", "near Shebekino"), a verb that strikes a place ("the storm hit
 * Lowther Bay") or a place noun and "of" ("the towns of Millbrook and Esker Cross", with the names listed after a
 * place), or before a place noun ("Belgorod region", also when the tagger takes "Region" for part of the name), or
 * after a compass point and "of" ("3 kilometres east of Tolbridge"). The ends of a route ("from Dunsby to the port of
 * Carrack") are not where an event happens, and are no places. Only the most specific places are kept: a place that
 * contains the next one ("Russia's Kursk region") is dropped, and so are regions when the sentence names a town ("in
 * the Belgorod region … near Shebekino" places the event at Shebekino). A name that modifies a common noun ("the Harrow
 * Valley flood", with its article) names the event, not its place. Month and day names (also "Oct." and "Thursday's"),
 * abbreviations of common nouns ("GDP", "CEO"), temperature scales, number words ("Nine skiers were caught") and words
 * that do not start with a letter ("40.1C", "-4C") are not names.
 */
final class NamedEntities {
    private static final Set<String> LOCATIVES = Set.of("in", "near", "at", "into", "inside", "outside", "across",
            "around", "from", "over", "toward", "towards", "within", "throughout");
    private static final Set<String> PLACE_NOUNS = Set.of("region", "oblast", "province", "city", "district",
            "village", "town", "county", "state", "area", "border", "front", "direction", "airport", "port");
    private static final Set<String> REGION_NOUNS = Set.of("region", "oblast", "province", "county", "state",
            "district", "area");
    private static final Set<String> PLACE_VERBS = Set.of("hit", "strike", "batter", "flood", "ravage", "sweep",
            "engulf");
    /** Nouns of the people living in a place, which a name before them places: "Port Alvery homeowners". */
    private static final Set<String> INHABITANTS = Set.of("resident", "homeowner", "inhabitant", "householder",
            "taxpayer", "voter");
    /**
     * Words opening a sentence that introduce another one of what the article speaks of, and are no part of its name:
     * "Neighbouring Marlow County", "Rival Halvard".
     */
    private static final Set<String> OTHER_ONE = Set.of("neighbouring", "neighboring", "nearby", "adjacent", "rival",
            "fellow");
    /** How many tokens after "to" a route's destination may start: "to the port of Carrack". */
    private static final int DESTINATION_REACH = 4;

    /** The open word classes of Universal Dependencies, and words the tagger could not class: content words. */
    private static final Set<String> OPEN_CLASSES = Set.of("NOUN", "PROPN", "ADJ", "VERB", "ADV", "INTJ", "X");

    private static final Set<String> COORDINATORS = Set.of("and", "or", ",");
    private static final Set<String> STARTS_SENTENCE = Set.of("\"", "“", "‘", "'", ":", "(");

    /**
     * Capitalised words that name nothing in particular: abbreviations of common nouns ("2.3% of GDP", "the CEO")
     * and temperature scales ("106 degrees Fahrenheit").
     */
    private static final Set<String> COMMON_CAPITALISED = Set.of("GDP", "GNP", "GNI", "CPI", "VAT", "CEO", "CFO",
            "COO", "IPO", "Fahrenheit", "Celsius");

    private final List<String> names = new ArrayList<>();
    private final List<String> places = new ArrayList<>();

    /** The names and places of the whole sentence. */
    NamedEntities(SentenceTokens tokens) {
        this(tokens, 0, tokens.size());
    }

    /** The names and places of tokens {@code [from, to)} of the sentence: one clause of it. */
    NamedEntities(SentenceTokens tokens, int from, int to) {
        Set<String> nameSet = new LinkedHashSet<>();
        Set<String> placeSet = new LinkedHashSet<>();
        Set<String> localities = new LinkedHashSet<>();
        int afterPlace = -2;
        int destinationBefore = -1;
        int i = from;
        while (i < to) {
            if (!isName(tokens, i)) {
                i++;
                continue;
            }
            int end = i;
            while (end < to && (isName(tokens, end) || continuesName(tokens, end) || joinsName(tokens, end, to))) {
                if (end > i && opensBodyOfPlace(tokens, end, to)) {
                    break;
                }
                end++;
                if (endsPossessive(tokens.get(end - 1).text())) {
                    break;
                }
            }
            int runEnd = end;
            if (end - 1 > i && PLACE_NOUNS.contains(tokens.get(end - 1).lemma())) {
                end--;
            }
            String name = withoutPossessive(tokens.phrase(i, end));
            boolean calendar = isCalendarWord(tokens.get(i));
            if (!calendar) {
                nameSet.add(name);
            }
            boolean listedWithPlace = i == afterPlace + 1 && COORDINATORS.contains(tokens.get(afterPlace).lemma());
            boolean origin = isRouteOrigin(tokens, i, end);
            boolean onRoute = origin || i < destinationBefore;
            if (origin) {
                destinationBefore = end + 1 + DESTINATION_REACH;
            }
            if (!calendar && !onRoute && (listedWithPlace || isPlace(tokens, i, end))
                    && !containsNextPlace(tokens, end)) {
                placeSet.add(name);
                afterPlace = end;
                if (!isRegion(tokens, end)) {
                    localities.add(name);
                }
            }
            i = runEnd;
        }
        names.addAll(nameSet);
        places.addAll(localities.isEmpty() ? placeSet : localities);
    }

    List<String> names() {
        return names;
    }

    List<String> places() {
        return places;
    }

    /**
     * A proper noun not written in lower case ("airfield", which the tagger may take for part of "Brackenford
     * airfield", is not), or a capitalised content word inside the sentence: the tagger often takes unfamiliar names
     * for common nouns, adjectives, verbs or even interjections ("Tarnhollow", "Lowehold", "Wrenow"). A capitalised
     * preposition is part of a name it leads into ("Upper Wold", which the tagger may read as "up"). A capital after
     * an opening quotation mark or a colon starts a sentence.
     */
    private static boolean isName(SentenceTokens tokens, int index) {
        Token token = tokens.get(index);
        char first = token.text().charAt(0);
        if (COMMON_CAPITALISED.contains(token.text()) || !Character.isLetter(first)
                || NumberWords.isNumberWord(token.text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (index == 0 && OTHER_ONE.contains(token.text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (token.isProperNoun() && !Character.isLowerCase(first)) {
            return true;
        }
        if (index == 0) {
            return opensName(tokens);
        }
        if (!isCapitalisedInside(tokens, index)) {
            return false;
        }
        if ("ADP".equals(token.tag())) {
            return index + 1 < tokens.size() && isCapitalisedInside(tokens, index + 1);
        }
        return OPEN_CLASSES.contains(token.tag());
    }

    /**
     * Whether the sentence opens with a name that the tagger did not take for one: a capitalised word the tagging model
     * has never seen, before another word of the name ("Kessling State University's regents", with "Kessling" taken
     * for a verb). A word it knows ("Visiting Lowther Bay") is no name.
     */
    private static boolean opensName(SentenceTokens tokens) {
        String text = tokens.get(0).text();
        return tokens.size() > 1 && Character.isUpperCase(text.charAt(0)) && isCapitalisedInside(tokens, 1)
                && OPEN_CLASSES.contains(tokens.get(0).tag()) && !Tagger.knows(text);
    }

    /**
     * A month or a day, also abbreviated ("Oct.") or owning what follows ("Thursday's results"): it dates, it names
     * nothing.
     */
    private static boolean isCalendarWord(Token token) {
        return CalendarWords.isMonthOrWeekday(withoutPossessive(token.text().toLowerCase(Locale.ROOT)));
    }

    /**
     * A capitalised word right after a name goes on with it whatever the tagger makes of it ("Long Thornley", with
     * "Thornley" taken for a pronoun); only the pronoun "I" does not.
     */
    private static boolean continuesName(SentenceTokens tokens, int index) {
        String text = tokens.get(index).text();
        return isCapitalisedInside(tokens, index) && !text.equals("I") && text.chars().allMatch(Character::isLetter);
    }

    /** Whether the token is a hyphen touching two capitalised words of one name: "Halvorsen-Pike Biologics". */
    private static boolean joinsName(SentenceTokens tokens, int index, int to) {
        Token hyphen = tokens.get(index);
        return hyphen.text().equals("-") && index > 0 && index + 1 < to
                && tokens.get(index - 1).end() == hyphen.start() && hyphen.end() == tokens.get(index + 1).start()
                && isCapitalisedInside(tokens, index + 1);
    }

    private static boolean isCapitalisedInside(SentenceTokens tokens, int index) {
        String text = tokens.get(index).text();
        return index > 0 && !text.isEmpty() && Character.isUpperCase(text.charAt(0))
                && !STARTS_SENTENCE.contains(tokens.get(index - 1).text());
    }

    private static boolean isPlace(SentenceTokens tokens, int start, int end) {
        boolean beforePlaceNoun = end < tokens.size() && (PLACE_NOUNS.contains(tokens.get(end).lemma())
                || INHABITANTS.contains(tokens.get(end).lemma()));
        if (beforePlaceNoun) {
            return true;
        }
        int before = start - 1;
        boolean determiner = before >= 0 && "DET".equals(tokens.get(before).tag());
        boolean modifiesNoun = determiner && end < tokens.size() && tokens.get(end).isNoun()
                && !tokens.get(end).isProperNoun();
        if (modifiesNoun) {
            return false;
        }
        if (before >= 0 && tokens.get(before).text().equalsIgnoreCase("the")) {
            before--;
        }
        boolean ofPlaceNoun = before >= 1 && tokens.get(before).lemma().equals("of")
                && (PLACE_NOUNS.contains(tokens.get(before - 1).lemma())
                || CompassPoints.contains(tokens.get(before - 1).lemma()));
        return ofPlaceNoun || before >= 0 && (LOCATIVES.contains(tokens.get(before).lemma())
                || strikesAPlace(tokens.get(before)));
    }

    /**
     * "carrying chemicals from Dunsby to the port of Carrack": the start of a route, which like its destination is
     * not where the event happened.
     */
    private static boolean isRouteOrigin(SentenceTokens tokens, int start, int end) {
        return start > 0 && tokens.get(start - 1).lemma().equals("from") && end < tokens.size()
                && tokens.get(end).lemma().equals("to");
    }

    /** "hit", "struck", "flooded": the tagger sometimes takes "struck" after "fire" for a noun; the form tells. */
    private static boolean strikesAPlace(Token token) {
        return PLACE_VERBS.contains(token.lemma())
                && (token.isVerb() || !token.text().equalsIgnoreCase(token.lemma()));
    }

    /** "the Kestrel Downs region": a name before a region noun is a region, not a town. */
    private static boolean isRegion(SentenceTokens tokens, int end) {
        return end < tokens.size() && REGION_NOUNS.contains(tokens.get(end).lemma());
    }

    /**
     * "Russia's Kursk region": Russia only contains the place that follows. What owns a body named after a place noun
     * is the place: "Quellmouth's City Council".
     */
    private static boolean containsNextPlace(SentenceTokens tokens, int end) {
        return end < tokens.size() && endsPossessive(tokens.get(end - 1).text()) && tokens.get(end).isProperNoun()
                && !PLACE_NOUNS.contains(tokens.get(end).lemma());
    }

    /**
     * Whether a capitalised place noun inside a name opens the name of the place's body, so that the words before it
     * name the place: "Port Alvery City Council", "Marlow County Sheriff's Office".
     */
    private static boolean opensBodyOfPlace(SentenceTokens tokens, int index, int to) {
        Token token = tokens.get(index);
        return PLACE_NOUNS.contains(token.lemma()) && Character.isUpperCase(token.text().charAt(0)) && index + 1 < to
                && isCapitalisedInside(tokens, index + 1);
    }

    /** Whether a word ends with a possessive, which ends the name of its owner: "Alvery's City Council". */
    private static boolean endsPossessive(String word) {
        return word.endsWith("'s") || word.endsWith("’s");
    }

    /** A name without the possessive ending its last word: "Port Alvery" of "Port Alvery's". */
    private static String withoutPossessive(String name) {
        return endsPossessive(name) && name.length() > 2 ? name.substring(0, name.length() - 2) : name;
    }
}
