package org.claimcheck.core.extract.attribution;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Word lists that tell a person's name from the words around it: titles and roles ("Foreign Minister",
 * "spokesman"), organisation heads ("Ministry", "House"), news outlets, words of place names ("Port", "Bridge"),
 * and places or institutions that speak as a group ("the Kremlin", "Kyiv").
 */
final class Vocabulary {
    private static final Set<String> ROLES = Set.of(
            "president", "vice", "minister", "prime", "foreign", "defence", "defense", "interior", "deputy",
            "secretary", "general", "chief", "head", "spokesman", "spokeswoman", "spokesperson", "governor",
            "mayor", "commander", "commander-in-chief", "adviser", "advisor", "ambassador", "envoy", "leader",
            "senator", "sen", "rep", "representative", "gov", "chancellor", "king", "queen", "prince", "pope",
            "director", "chairman", "chairwoman", "chair", "official", "officer", "analyst", "lieutenant",
            "colonel", "major", "captain", "admiral", "sergeant", "marshal", "military", "national", "security",
            "communications", "senior", "former", "regional", "top", "army", "state", "premier", "speaker",
            "counsellor", "counselor", "judge", "attorney", "dr", "mr", "mrs", "ms", "prof", "professor",
            "veteran", "expert", "specialist", "correspondent", "reporter", "editor", "ceo", "founder", "economist");

    /** Last words that only the names of companies end in: "Greywater Mining", "Veridane Pharma". */
    private static final Set<String> COMPANY_HEADS = Set.of("mining", "energy", "airlines", "airways", "systems",
            "holdings", "motors", "pharma", "pharmaceuticals", "logistics", "technologies", "labs");
    /** Last words of the names of bodies: these and {@link #COMPANY_HEADS}. */
    private static final Set<String> ORGANISATION_HEADS = Stream.concat(Stream.of(
            "house", "ministry", "department", "office", "council", "staff", "forces", "army", "government",
            "committee", "service", "services", "command", "agency", "parliament", "assembly", "court", "bank",
            "university", "college", "institute", "party", "union", "alliance", "guard", "corps", "navy",
            "commission", "administration", "embassy", "duma", "kremlin", "pentagon", "nato", "headquarters",
            "states", "kingdom", "nations", "republic", "federation", "region", "oblast", "chamber", "board",
            "bureau", "association", "organisation", "organization", "authority", "society", "foundation",
            "school", "primary", "academy", "hospital", "clinic", "center", "centre", "infirmary", "laboratory",
            "observatory", "museum"), COMPANY_HEADS.stream())
            .collect(Collectors.toUnmodifiableSet());

    private static final Set<String> OUTLETS = Set.of(
            "times", "journal", "post", "news", "reuters", "cnn", "bbc", "ap", "afp", "bloomberg", "guardian",
            "telegraph", "insider", "tribune", "herald", "economist", "politico", "axios", "npr", "nbc", "abc", "cbs",
            "fox", "interfax", "tass", "ria", "ukrinform", "xinhua", "kyodo", "newsweek", "gazette", "daily",
            "press", "radio", "television", "tv", "magazine", "monitor", "wire", "courier", "ledger", "chronicle",
            "observer", "ft", "wsj", "al-jazeera", "jazeera", "dpa", "efe", "ansa", "yonhap", "newspaper", "msnbc",
            "independent", "express", "mirror", "sun", "standard", "spiegel", "bild", "monde", "figaro", "pravda",
            "izvestia", "kommersant", "vedomosti", "euronews", "politics");

    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    /** Words of place names that are never part of a person's name: "Port Calder", "Dunmore Bridge". */
    private static final Set<String> PLACE_WORDS = Set.of(
            "port", "fort", "mount", "cape", "valley", "island", "county", "province", "city", "district", "street",
            "avenue", "bridge", "airport", "station", "harbour", "harbor", "stadium", "gulf", "strait", "coast");

    /** Places and institutions whose name alone speaks for a government or body ("Kyiv said", "the Kremlin"). */
    private static final Set<String> COLLECTIVES = Set.of(
            "kremlin", "kyiv", "kiev", "moscow", "washington", "pentagon", "beijing", "london", "paris", "berlin",
            "brussels", "tehran", "ankara", "warsaw", "minsk", "nato", "ukraine", "russia", "china", "britain",
            "france", "germany", "poland", "israel", "iran", "turkey", "belarus", "europe", "eu", "un", "us", "usa",
            "uk", "downing", "whitehall", "tokyo", "seoul", "pyongyang", "delhi", "budapest", "rome", "madrid");

    private static final Set<String> PRONOUNS_PERSON = Set.of("he", "she", "him", "her", "his");
    private static final Set<String> PRONOUNS_GROUP = Set.of("they", "them");

    private Vocabulary() {
    }

    static boolean isRole(String word) {
        String lower = bare(word);
        return ROLES.contains(lower) || lower.startsWith("commander") || lower.endsWith("-in-chief");
    }

    /** Two to six capital letters: "FNS", "MMHS". */
    static boolean isAcronym(String word) {
        return word.length() >= 2 && word.length() <= 6 && word.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    /** Whether a word ends only the names of companies: "Pharma", "Mining", "Airways", "Holdings". */
    static boolean isCompanyHead(String word) {
        return COMPANY_HEADS.contains(bare(word));
    }

    static boolean isOrganisationHead(String word) {
        return ORGANISATION_HEADS.contains(bare(word));
    }

    /** Words that open the name of a storm or an operation, never a person's: "Storm Ilse", "Operation Dawn". */
    private static final Set<String> NAMED_EVENT_WORDS = Set.of("storm", "hurricane", "typhoon", "cyclone",
            "operation");

    /** Whether the word, in any case, is an article: "the", "a", "an". */
    static boolean isArticle(String word) {
        return ARTICLES.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isPlaceWord(String word) {
        return PLACE_WORDS.contains(bare(word));
    }

    static boolean isNamedEventWord(String word) {
        return NAMED_EVENT_WORDS.contains(bare(word));
    }

    /**
     * Whether "of" between these words joins one body's name: "Chamber of Commerce", "Bank of Estravia"; not "Robert
     * Lee of Reuters", a person and where they work.
     */
    static boolean joinsBodyName(String before, String after) {
        return isCapitalized(before) && isOrganisationHead(before) && isCapitalized(after);
    }

    static boolean isOutletWord(String word) {
        return OUTLETS.contains(bare(word));
    }

    static boolean isCollective(String word) {
        return COLLECTIVES.contains(bare(word));
    }

    static boolean isPersonPronoun(String word) {
        return PRONOUNS_PERSON.contains(bare(word));
    }

    static boolean isGroupPronoun(String word) {
        return PRONOUNS_GROUP.contains(bare(word));
    }

    /** Lower case, without a possessive ending, surrounding punctuation or markup. */
    static String bare(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.endsWith("'s") || lower.endsWith("\u2019s")) {
            lower = lower.substring(0, lower.length() - 2);
        } else if (lower.endsWith("'") || lower.endsWith("\u2019")) {
            lower = lower.substring(0, lower.length() - 1);
        }
        int from = 0;
        int to = lower.length();
        while (from < to && !Character.isLetterOrDigit(lower.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(lower.charAt(to - 1))) {
            to--;
        }
        return lower.substring(from, to);
    }

    /** Whether the word has a possessive ending ("Sweden's", "Forces'"). */
    static boolean isPossessive(String word) {
        return word.endsWith("'s") || word.endsWith("\u2019s") || word.endsWith("'") || word.endsWith("\u2019");
    }

    /** Whether the word starts with a capital letter (after any leading markup such as {@code *}). */
    static boolean isCapitalized(String word) {
        return isCapitalized(word, 0, word.length());
    }

    /** Whether the first letter in {@code text} from {@code from} to {@code to} is upper case, before any digit. */
    static boolean isCapitalized(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isUpperCase(c);
            }
            if (Character.isDigit(c)) {
                return false;
            }
        }
        return false;
    }
}
