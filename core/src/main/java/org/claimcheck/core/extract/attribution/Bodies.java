package org.claimcheck.core.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimcheck.core.text.Whitespace;

/**
 * The bodies that speak in one document, as {@link SpeakerResolver} meets them: companies, agencies, ministries and
 * other groups with a name. Later words stand for a body named before: its head ("the agency"), its initials ("the
 * FNS"), or a company noun ("the company", "the private hospital group"). One instance serves one document.
 */
final class Bodies {
    /** Words that close the legal name of a company. */
    private static final Set<String> CORPORATE_SUFFIXES = Set.of("inc", "ltd", "plc", "llc", "corp", "co", "ag", "sa",
            "gmbh", "nv", "bv", "ab", "asa", "spa", "limited", "incorporated");
    /** Nouns by which an article names again a company or club it named before. */
    private static final Set<String> COMPANY_NOUNS = Set.of("company", "firm", "group", "club", "carrier", "airline",
            "operator", "insurer", "lender", "retailer", "manufacturer", "maker", "developer", "charity", "utility");

    /** A run of capitalised words, its last word apart: "Veridane Pharma", "Quillstream Inc.". */
    private static final Pattern COMPANY_NAME = Pattern.compile(
            "\\b((?:\\p{Lu}[\\p{L}'’-]+ )+)(\\p{Lu}[\\p{L}]+\\.?)");

    /** How far back from where the last search stopped a name may have begun: names are read again from there. */
    private static final int MAX_NAME_CHARS = 120;

    private final String body;
    /** The first company {@link #firstCompanyBefore} found, where it ends, and how far the body was read for it. */
    private String firstCompany;
    private int firstCompanyEnd;
    private int companiesReadTo;
    /** The bodies that spoke so far, in order. */
    private final List<String> bodies = new ArrayList<>();

    /** @param body the document's body text */
    Bodies(String body) {
        this.body = body;
    }

    /** Whether a word closes the legal name of a company: "Inc.", "Ltd", "plc". */
    static boolean isCorporateSuffix(String word) {
        return CORPORATE_SUFFIXES.contains(Vocabulary.bare(word));
    }

    /**
     * The body a group speaker's words (without their article) name: a body that spoke before when the words are its
     * head ("agency" for the Halvern Public Health Agency) or its initials ("FNS" for the Federation of Nursing
     * Staff), else the words themselves without a legal suffix, kept as a body when capitalised.
     */
    String named(String words) {
        String named = withoutCorporateSuffix(words);
        String known = Vocabulary.isAcronym(named) ? bodyWithInitials(named) : bodyWithHead(named);
        if (known == null && Vocabulary.isCapitalized(named)) {
            bodies.add(named);
        }
        return known != null ? known : named;
    }

    /** The name without a closing "Inc.", "Ltd", "plc" and the like: "Quillstream Inc." is Quillstream. */
    private static String withoutCorporateSuffix(String name) {
        int space = name.lastIndexOf(' ');
        if (space > 0 && isCorporateSuffix(name.substring(space + 1))) {
            return name.substring(0, space).replaceAll(",$", "");
        }
        return name;
    }

    /** The last body that spoke whose name ends in the lone lower-case word {@code head}, or {@code null}. */
    private String bodyWithHead(String head) {
        String found = null;
        for (String name : bodies) {
            found = isHeadOf(head, name) ? name : found;
        }
        return found;
    }

    /** The last body that spoke whose initials are {@code acronym}, or {@code null}. */
    private String bodyWithInitials(String acronym) {
        String found = null;
        for (String name : bodies) {
            found = acronym.equals(initials(name)) ? name : found;
        }
        return found;
    }

    /** Whether a lone lower-case word is the last word of a body's name: "agency" of "Public Health Agency". */
    private static boolean isHeadOf(String word, String name) {
        int space = name.lastIndexOf(' ');
        return word.indexOf(' ') < 0 && !Vocabulary.isCapitalized(word) && space > 0
                && name.substring(space + 1).equalsIgnoreCase(word);
    }

    /** The first letters of a name's capitalised words: "FNS" for "Federation of Nursing Staff". */
    private static String initials(String name) {
        StringBuilder letters = new StringBuilder();
        for (String word : Whitespace.split(name)) {
            int first = 0;
            while (first < word.length() && !Character.isLetter(word.charAt(first))) {
                first++;
            }
            if (first < word.length() && Character.isUpperCase(word.charAt(first))) {
                letters.append(word.charAt(first));
            }
        }
        return letters.toString();
    }

    /**
     * "the company", "the private hospital group": a definite phrase whose last word is one of
     * {@link #COMPANY_NOUNS}, every word lower case.
     */
    static boolean isCompanyNoun(List<String> words) {
        return words.size() >= 2 && Vocabulary.isArticle(words.get(0))
                && COMPANY_NOUNS.contains(words.get(words.size() - 1))
                && words.stream().skip(1).noneMatch(Vocabulary::isCapitalized);
    }

    /**
     * The company a phrase such as "the company" stands for: the name right before it ("… from Calderwood Health
     * Partners, the private hospital group said"), else the name of two or more capitalised words that opens its
     * sentence ("Veltrane Pharmaceuticals is recalling 38 batches …, the company said"), else the last body that spoke
     * with a name ("Greywater Mining", or "Veltrane" when the article writes it inside a sentence too: not "Medics",
     * capitalised only as the first word of its sentence), else the first company the article names before it by a
     * name that says it is one ("Veridane Pharma has begun recalling …"); {@code null} when there is none.
     */
    String companyFor(int position, int sentenceStart) {
        String named = nameRightBefore(sentenceStart, position);
        if (named != null) {
            return named;
        }
        String opening = openingName(sentenceStart, position);
        if (opening != null) {
            return opening;
        }
        for (int k = bodies.size() - 1; k >= 0; k--) {
            String name = bodies.get(k);
            if (name.indexOf(' ') > 0 || Vocabulary.isAcronym(name) || writtenInsideASentence(name)) {
                return name;
            }
        }
        return firstCompanyBefore(position);
    }

    /**
     * The first name in the body before {@code position} that ends in a word only companies end in ("Veridane
     * Pharma", "Greywater Mining", "Quillstream Inc."), without its legal suffix; {@code null} when there is none.
     */
    private String firstCompanyBefore(int position) {
        if (firstCompany == null && position > companiesReadTo) {
            int from = Math.max(0, companiesReadTo - MAX_NAME_CHARS);
            Matcher company = COMPANY_NAME.matcher(body).region(from, position);
            while (firstCompany == null && company.find()) {
                if (Vocabulary.isCompanyHead(company.group(2)) || isCorporateSuffix(company.group(2))) {
                    firstCompany = withoutCorporateSuffix(company.group().strip());
                    firstCompanyEnd = company.end();
                }
            }
            companiesReadTo = position;
        }
        return firstCompany != null && firstCompanyEnd <= position ? firstCompany : null;
    }

    /** Whether {@code word} stands somewhere in the body after a lower-case word or a comma. */
    private boolean writtenInsideASentence(String word) {
        for (int at = body.indexOf(word); at >= 0; at = body.indexOf(word, at + 1)) {
            int before = at - 1;
            while (before >= 0 && body.charAt(before) == ' ') {
                before--;
            }
            if (before >= 0 && before < at - 1
                    && (Character.isLowerCase(body.charAt(before)) || body.charAt(before) == ',')) {
                return true;
            }
        }
        return false;
    }

    /**
     * The capitalised words that end right before ", " and {@code position}, after {@code from}: "from Calderwood
     * Health Partners, the private hospital group said".
     */
    private String nameRightBefore(int from, int position) {
        int end = position;
        while (end > from && body.charAt(end - 1) == ' ') {
            end--;
        }
        if (end <= from || body.charAt(end - 1) != ',') {
            return null;
        }
        end--;
        int start = end;
        while (start > from) {
            int wordStart = start;
            while (wordStart > from && Character.isLetter(body.charAt(wordStart - 1))) {
                wordStart--;
            }
            boolean word = wordStart < start && Character.isUpperCase(body.charAt(wordStart));
            if (!word || wordStart == from || body.charAt(wordStart - 1) != ' ') {
                start = word ? wordStart : start;
                break;
            }
            start = wordStart - 1;
        }
        String name = body.substring(start, end).strip();
        return name.isEmpty() || !Vocabulary.isCapitalized(name) ? null : name;
    }

    /** The run of two or more capitalised words (after "The") opening the text at {@code from}, before {@code to}. */
    private String openingName(int from, int to) {
        List<String> run = new ArrayList<>();
        int i = from;
        while (i < to) {
            int end = i;
            while (end < to && Character.isLetter(body.charAt(end))) {
                end++;
            }
            String word = body.substring(i, end);
            boolean leadingThe = run.isEmpty() && word.equals("The");
            if (word.isEmpty() || !leadingThe && !Vocabulary.isCapitalized(word)) {
                break;
            }
            if (!leadingThe) {
                run.add(word);
            }
            if (end >= to || body.charAt(end) != ' ') {
                break;
            }
            i = end + 1;
        }
        return run.size() >= 2 ? String.join(" ", run) : null;
    }
}
