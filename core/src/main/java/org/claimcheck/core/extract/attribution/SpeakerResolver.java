package org.claimcheck.core.extract.attribution;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

import org.claimcheck.core.text.Whitespace;

/**
 * Resolves the words that name a speaker to a speaker, inside one document, reading statements in text order: pronouns
 * to the last person (he, she, or an age alone: "the 22-year-old") or group (they) that spoke; titles ("the Ukrainian
 * president") to the person introduced with those words; surnames to the full name introduced earlier; everything else
 * that is no person's name ("US officials", "the Kremlin", "Ukraine's military", "the Vessey County Sheriff's Office")
 * to itself, as a group, and its head, initials or a company noun ("the agency", "the FNS", "the company") to the body
 * that spoke with its name ({@link Bodies}). One instance serves one document and is not shared.
 */
final class SpeakerResolver {
    /** An age as a noun: "22-year-old". */
    private static final Pattern AGE = Pattern.compile("\\d{1,3}-year-old");
    /** Words that tie a role to the body it is held at: "chief economist at", "spokesman for", "head of". */
    private static final Set<String> ROLE_LINKS = Set.of("at", "for", "of");

    private final List<KnownPerson> people;
    /** The names of {@link #people} folded for comparison, each once when first needed ({@code null} before). */
    private final List<NameVariants.Folded> folded = new ArrayList<>();
    /** {offset, person index} of every unquoted mention of a known person's surname, in text order. */
    private final List<int[]> mentions;
    private String lastPerson;
    private int lastPersonAt = -1;
    private String lastGroup;
    private final Bodies bodies;

    /**
     * @param people the people the document names
     * @param body   the document's body text
     * @param quoted whether a body offset lies inside a quotation (mentions there are not antecedents)
     */
    SpeakerResolver(List<KnownPerson> people, String body, IntPredicate quoted) {
        this.bodies = new Bodies(body);
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
        if (Bodies.isCompanyNoun(words)) {
            String company = bodies.companyFor(position, sentenceStart);
            if (company != null) {
                return group(company);
            }
        }
        if (words.size() == 1 && Vocabulary.isPersonPronoun(words.get(0)) || isAgeDescription(words)) {
            return lastPerson(position);
        }
        if (words.size() == 1 && Vocabulary.isGroupPronoun(words.get(0))) {
            return lastGroup;
        }
        String head = words.get(words.size() - 1);
        if (namesBody(words) || Vocabulary.isCapitalized(head) && Vocabulary.isOrganisationHead(head)
                || words.size() <= 2 && Vocabulary.isAcronym(head)
                || Bodies.isCorporateSuffix(head)) {
            return group(phrase);
        }
        KnownPerson holder = roleHolder(words);
        if (holder != null) {
            return person(holder.name(), List.of(), position, sentenceEnd);
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
     * "senior analyst at Fenwick Partners", "the spokeswoman for the agency": a role at a body, spoken of after the
     * person who holds it was introduced with it ("Odile Marchetti, senior analyst at Fenwick Partners, who added
     * that"); {@code null} when the phrase is no such role or nobody was introduced with it.
     */
    private KnownPerson roleHolder(List<String> words) {
        int role = -1;
        for (int k = 0; k < words.size(); k++) {
            String bare = Vocabulary.bare(words.get(k));
            if (ROLE_LINKS.contains(bare)) {
                boolean bodyFollows = role >= 0 && k + 1 < words.size();
                return bodyFollows ? byDescription(bareWords(words), Vocabulary.bare(words.get(role))) : null;
            }
            if (Vocabulary.isCapitalized(words.get(k)) && !Vocabulary.isArticle(bare)) {
                return null;
            }
            role = Vocabulary.isRole(bare) ? k : role;
        }
        return null;
    }

    private static List<String> bareWords(List<String> words) {
        return words.stream().map(Vocabulary::bare).toList();
    }

    /**
     * "the 22-year-old", "the 34-year-old conference delegate": a person described by age, and perhaps by what they
     * are in words of lower case, who stands for the last person named as a pronoun does.
     */
    private static boolean isAgeDescription(List<String> words) {
        return words.size() >= 2 && words.get(0).equalsIgnoreCase("the") && AGE.matcher(words.get(1)).matches()
                && words.stream().skip(2).noneMatch(Vocabulary::isCapitalized);
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

    /** A group speaker: a body that spoke before or the phrase itself (see {@link Bodies#named}). */
    private String group(String phrase) {
        lastGroup = bodies.named(withoutDeterminer(phrase));
        return lastGroup;
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
