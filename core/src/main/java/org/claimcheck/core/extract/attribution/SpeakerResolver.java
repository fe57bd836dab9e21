package org.claimcheck.core.extract.attribution;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

import org.claimcheck.core.text.Whitespace;

/**
 * Resolves the words that name a speaker to a speaker, inside one document, reading statements in text order:
 * pronouns to the last person (he, she) or group (they) that spoke; titles ("the Ukrainian president") to the
 * person introduced with those words; surnames to the full name introduced earlier; everything else that is no
 * person's name ("US officials", "the Kremlin", "Ukraine's military", "the Vessey County Sheriff's Office") to itself,
 * as a group, and its head or initials ("the agency", "the FNS") to the body that spoke with its full name. One
 * instance serves one document and is not shared.
 */
final class SpeakerResolver {

    private final String body;
    private final List<KnownPerson> people;
    /** The names of {@link #people} folded for comparison, each once when first needed ({@code null} before). */
    private final List<NameVariants.Folded> folded = new ArrayList<>();
    /** {offset, person index} of every unquoted mention of a known person's surname, in text order. */
    private final List<int[]> mentions;
    private String lastPerson;
    private int lastPersonAt = -1;
    private String lastGroup;
    /** Words that close the legal name of a company. */
    private static final Set<String> CORPORATE_SUFFIXES = Set.of("inc", "ltd", "plc", "llc", "corp", "co", "ag", "sa",
            "gmbh", "nv", "bv", "ab", "asa", "spa", "limited", "incorporated");
    /** Nouns by which an article names again a company or club it named before. */
    private static final Set<String> COMPANY_NOUNS = Set.of("company", "firm", "group", "club", "carrier", "airline",
            "operator", "insurer", "lender", "retailer", "manufacturer", "maker", "developer", "charity", "utility");

    /** The bodies that spoke so far, in order: what "the agency" or "the FNS" may stand for. */
    private final List<String> bodies = new ArrayList<>();

    /**
     * @param people the people the document names
     * @param body   the document's body text
     * @param quoted whether a body offset lies inside a quotation (mentions there are not antecedents)
     */
    SpeakerResolver(List<KnownPerson> people, String body, IntPredicate quoted) {
        this.body = body;
        this.people = new ArrayList<>();
        people.forEach(this::know);
        this.mentions = surnameMentions(people, body, quoted);
    }

    /**
     * The speaker named by {@code phrase} at body offset {@code position}, in the sentence from
     * {@code sentenceStart} to {@code sentenceEnd}, or {@code null} when unknown. A person speaker claims the rest of
     * the sentence: the people and bodies named there ("Declan Forsythe, chief executive of Skerrin Line, said")
     * describe the speaker or are spoken of, so a pronoun after the sentence still stands for the speaker. A lone
     * capitalised word that names no person introduced before ("Veltrane said") is a body.
     */
    String resolve(String phrase, int position, int sentenceStart, int sentenceEnd) {
        List<String> words = List.of(Whitespace.split(phrase.trim()));
        if (isCompanyNoun(words)) {
            String company = companyFor(position, sentenceStart);
            if (company != null) {
                return group(company);
            }
        }
        if (words.size() == 1 && Vocabulary.isPersonPronoun(words.get(0))) {
            return lastPerson(position);
        }
        if (words.size() == 1 && Vocabulary.isGroupPronoun(words.get(0))) {
            return lastGroup;
        }
        String head = words.get(words.size() - 1);
        if (namesBody(words) || Vocabulary.isCapitalized(head) && Vocabulary.isOrganisationHead(head)
                || words.size() <= 2 && Vocabulary.isAcronym(head)
                || CORPORATE_SUFFIXES.contains(Vocabulary.bare(head))) {
            return group(phrase);
        }
        PersonName name = PersonName.read(words);
        if (name.name().size() >= 2) {
            return person(surnameMatch(name.fullName(), position, name.fullName()), name.description(), position,
                    sentenceEnd);
        }
        if (Vocabulary.isRole(head)) {
            KnownPerson described = byDescription(name.description(), Vocabulary.bare(head));
            return described != null ? person(described.name(), List.of(), position, sentenceEnd) : group(phrase);
        }
        if (!name.hasName() || !Vocabulary.isCapitalized(head) || Vocabulary.isOrganisationHead(head)) {
            return group(phrase);
        }
        String single = name.fullName();
        String known = surnameMatch(single, position, null);
        if (known != null) {
            return person(known, name.description(), position, sentenceEnd);
        }
        return Vocabulary.isCollective(single) || name.description().isEmpty() ? group(phrase)
                : person(single, name.description(), position, sentenceEnd);
    }

    /**
     * "the company", "the private hospital group": a definite phrase whose last word is one of
     * {@link #COMPANY_NOUNS}, every word lower case.
     */
    private static boolean isCompanyNoun(List<String> words) {
        return words.size() >= 2 && Vocabulary.isArticle(words.get(0))
                && COMPANY_NOUNS.contains(words.get(words.size() - 1))
                && words.stream().skip(1).noneMatch(Vocabulary::isCapitalized);
    }

    /**
     * The company a phrase such as "the company" stands for: the name right before it ("… from Calderwood Health
     * Partners, the private hospital group said"), else the name of two or more capitalised words that opens its
     * sentence ("Veltrane Pharmaceuticals is recalling 38 batches …, the company said"), else the last body that spoke
     * with a name ("Greywater Mining", or "Veltrane" when the article writes it inside a sentence too: not "Medics",
     * capitalised only as the first word of its sentence); {@code null} when there is neither.
     */
    private String companyFor(int position, int sentenceStart) {
        String named = nameRightBefore(sentenceStart, position);
        if (named != null) {
            return named;
        }
        String opening = openingName(sentenceStart, position);
        if (opening != null) {
            return opening;
        }
        for (int k = bodies.size() - 1; k >= 0; k--) {
            String body = bodies.get(k);
            if (body.indexOf(' ') > 0 || Vocabulary.isAcronym(body) || writtenInsideASentence(body)) {
                return body;
            }
        }
        return null;
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

    /**
     * "the Chamber of Commerce", "Bank of Estravia", "the Association of Valley Insurers": a phrase that holds "Body of
     * Y" names the body.
     */
    private static boolean namesBody(List<String> words) {
        for (int k = 1; k + 1 < words.size(); k++) {
            if (words.get(k).equals("of") && Vocabulary.joinsBodyName(words.get(k - 1), words.get(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /** The person last named before {@code position}: as a speaker or mentioned outside quotations. */
    String lastPerson(int position) {
        int[] mention = null;
        for (int[] candidate : mentions) {
            if (candidate[0] >= position) {
                break;
            }
            mention = candidate;
        }
        if (mention != null && mention[0] > lastPersonAt) {
            return people.get(mention[1]).name();
        }
        return lastPerson;
    }

    private static List<int[]> surnameMentions(List<KnownPerson> people, String body, IntPredicate quoted) {
        List<int[]> mentions = new ArrayList<>();
        for (int p = 0; p < people.size(); p++) {
            String[] words = people.get(p).name().split(" ");
            String surname = words[words.length - 1];
            for (int at = body.indexOf(surname); at >= 0; at = body.indexOf(surname, at + 1)) {
                boolean wordStart = at == 0 || !Character.isLetter(body.charAt(at - 1));
                int after = at + surname.length();
                boolean wordEnd = after >= body.length() || !Character.isLetter(body.charAt(after));
                if (wordStart && wordEnd && !quoted.test(at)) {
                    mentions.add(new int[] {at, p});
                }
            }
        }
        mentions.sort((a, b) -> Integer.compare(a[0], b[0]));
        return mentions;
    }

    private String person(String name, List<String> description, int position, int sentenceEnd) {
        lastPerson = name;
        lastPersonAt = Math.max(lastPersonAt, sentenceEnd);
        if (people.stream().noneMatch(p -> p.name().equals(name))) {
            know(new KnownPerson(name, new LinkedHashSet<>(description), position));
        }
        return name;
    }

    /**
     * A group speaker: a body named before when the phrase is its head ("the agency" for the Halvern Public Health
     * Agency) or its initials ("the FNS" for the Federation of Nursing Staff), else the phrase itself, which a later
     * phrase may then stand for.
     */
    private String group(String phrase) {
        String named = withoutCorporateSuffix(withoutDeterminer(phrase));
        String known = Vocabulary.isAcronym(named) ? bodyWithInitials(named) : bodyWithHead(named);
        if (known == null && Vocabulary.isCapitalized(named)) {
            bodies.add(named);
        }
        lastGroup = known != null ? known : named;
        return lastGroup;
    }

    /** The name without a closing "Inc.", "Ltd", "plc" and the like: "Quillstream Inc." is Quillstream. */
    private static String withoutCorporateSuffix(String name) {
        int space = name.lastIndexOf(' ');
        if (space > 0 && CORPORATE_SUFFIXES.contains(Vocabulary.bare(name.substring(space + 1)))) {
            return name.substring(0, space).replaceAll(",$", "");
        }
        return name;
    }

    /** The last body that spoke whose name ends in the lone lower-case word {@code head}, or {@code null}. */
    private String bodyWithHead(String head) {
        String found = null;
        for (String body : bodies) {
            found = isHeadOf(head, body) ? body : found;
        }
        return found;
    }

    /** The last body that spoke whose initials are {@code acronym}, or {@code null}. */
    private String bodyWithInitials(String acronym) {
        String found = null;
        for (String body : bodies) {
            found = acronym.equals(initials(body)) ? body : found;
        }
        return found;
    }

    /** Whether a lone lower-case word is the last word of a body's name: "agency" of "Public Health Agency". */
    private static boolean isHeadOf(String word, String body) {
        int space = body.lastIndexOf(' ');
        return word.indexOf(' ') < 0 && !Vocabulary.isCapitalized(word) && space > 0
                && body.substring(space + 1).equalsIgnoreCase(word);
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

    /** The full name of a known person whose surname matches, preferring the latest introduced before. */
    private String surnameMatch(String name, int position, String fallback) {
        KnownPerson before = null;
        KnownPerson after = null;
        NameVariants.Folded named = new NameVariants.Folded(name);
        for (int p = 0; p < people.size(); p++) {
            KnownPerson person = people.get(p);
            if (person.name().indexOf(' ') < 0 || !folded(p).isVariantOf(named)) {
                continue;
            }
            if (person.firstSeen() <= position) {
                before = person;
            } else if (after == null) {
                after = person;
            }
        }
        KnownPerson match = before != null ? before : after;
        return match != null ? match.name() : fallback;
    }

    private void know(KnownPerson person) {
        people.add(person);
        folded.add(null);
    }

    private NameVariants.Folded folded(int person) {
        if (folded.get(person) == null) {
            folded.set(person, new NameVariants.Folded(people.get(person).name()));
        }
        return folded.get(person);
    }

    /** The person whose description holds the head role and most of the other words; the last speaker wins ties. */
    private KnownPerson byDescription(List<String> description, String head) {
        KnownPerson best = null;
        int bestScore = 0;
        for (KnownPerson person : people) {
            if (!person.description().contains(head)) {
                continue;
            }
            int score = 1;
            for (String word : description) {
                if (!word.equals(head) && person.description().contains(word)) {
                    score++;
                }
            }
            boolean tieToLast = score == bestScore && person.name().equals(lastPerson);
            if (score > bestScore || tieToLast) {
                best = person;
                bestScore = score;
            }
        }
        return best;
    }

    private static String withoutDeterminer(String phrase) {
        String trimmed = phrase.trim();
        int space = trimmed.indexOf(' ');
        if (space > 0 && Vocabulary.isArticle(trimmed.substring(0, space))) {
            return trimmed.substring(space + 1);
        }
        return trimmed;
    }
}
