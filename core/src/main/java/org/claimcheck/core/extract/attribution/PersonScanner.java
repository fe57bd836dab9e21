package org.claimcheck.core.extract.attribution;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Collects the people a document names, without tagging: every run of two or more capitalised words that still
 * holds two words once titles are removed ("Ukrainian President Volodymyr Zelensky", "Kremlin spokesperson Dmitry
 * Peskov"), with the titles and role words right before it ("Kremlin spokesperson") and an apposition right after
 * it (", spokesman for the Foreign Ministry,") as its description; a lone surname counts when such an apposition
 * follows it ("Brandt, the fire chief,"). A run after "the" names no person when it ends in an organisation's head
 * ("the Railway Accident Investigation Office") or has no title before the name ("the Corran Cliffs"), and so does a
 * run after "at" or a capitalised word and "of" without a title ("senior analyst at Fenwick Partners", "the
 * Federation of Mine Workers").
 */
final class PersonScanner {
    private static final int DESCRIPTION_WINDOW = 4;
    private static final int APPOSITION_WINDOW = 8;

    private PersonScanner() {
    }

    /** The people of {@code body}, in order of first mention. */
    static List<KnownPerson> scan(String body) {
        List<int[]> words = words(body);
        Map<String, KnownPerson> people = new LinkedHashMap<>();
        int i = 0;
        while (i < words.size()) {
            if (!isCapitalized(body, words.get(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < words.size() && !endsPhrase(body, words.get(end - 1))
                    && isCapitalized(body, words.get(end))
                    && !Vocabulary.isPossessive(text(body, words.get(end - 1)))) {
                end++;
            }
            int from = descriptionStart(body, words, i);
            // a name needs two words, and a person's name takes at most one from each word of the run
            if (end - from < 2) {
                surnameWithRole(body, words, i).ifPresent(person -> people.merge(person.name(), person,
                        PersonScanner::union));
                i = end;
                continue;
            }
            List<String> phrase = new ArrayList<>();
            for (int k = from; k < end; k++) {
                phrase.add(text(body, words.get(k)));
            }
            PersonName person = PersonName.read(phrase);
            if (person.name().size() >= 2 && !namesAPlaceOrBody(body, words, i, phrase, person)
                    && person.name().stream().noneMatch(PersonScanner::namesNoPerson)) {
                Set<String> description = new LinkedHashSet<>(person.description());
                description.addAll(apposition(body, words, end));
                people.merge(person.fullName(), new KnownPerson(person.fullName(), description, words.get(i)[0]),
                        PersonScanner::union);
            }
            i = end;
        }
        return withSurnamesMerged(people.values());
    }

    /**
     * The people with a lone surname that is a full name's last word merged into that name: "Marchetti, senior analyst
     * at Fenwick Partners," after "Odile Marchetti" is her again, and the apposition describes her.
     */
    private static List<KnownPerson> withSurnamesMerged(Collection<KnownPerson> people) {
        Map<String, KnownPerson> bySurname = new HashMap<>();
        for (KnownPerson person : people) {
            int space = person.name().lastIndexOf(' ');
            if (space >= 0) {
                bySurname.putIfAbsent(person.name().substring(space + 1), person);
            }
        }
        Map<String, KnownPerson> merged = new LinkedHashMap<>();
        for (KnownPerson person : people) {
            KnownPerson full = person.name().contains(" ") ? null : bySurname.get(person.name());
            KnownPerson entry = full == null ? person
                    : new KnownPerson(full.name(), person.description(), full.firstSeen());
            merged.merge(entry.name(), entry, PersonScanner::union);
        }
        return List.copyOf(merged.values());
    }

    /**
     * "Brandt, the fire chief,": a lone capitalised word that a role apposition describes is a person's surname. The
     * apposition opens with an article or a role word and closes with a comma ("Millbrook, where the fire chief
     * ordered" names no person).
     */
    private static Optional<KnownPerson> surnameWithRole(String body, List<int[]> words, int at) {
        int next = at + 1;
        if (next >= words.size() || !text(body, words.get(at)).endsWith(",")) {
            return Optional.empty();
        }
        String opening = text(body, words.get(next)).toLowerCase(Locale.ROOT);
        if (!Vocabulary.isArticle(opening) && !Vocabulary.isRole(opening) || !closedApposition(body, words, next)) {
            return Optional.empty();
        }
        List<String> description = apposition(body, words, next);
        if (description.isEmpty()) {
            return Optional.empty();
        }
        PersonName name = PersonName.read(List.of(text(body, words.get(at))));
        if (name.name().size() != 1 || namesNoPerson(name.fullName()) || Vocabulary.isRole(name.fullName())) {
            return Optional.empty();
        }
        return Optional.of(new KnownPerson(name.fullName(), new LinkedHashSet<>(description), words.get(at)[0]));
    }

    /** Whether the phrase from {@code from} ends with a comma within the apposition window. */
    private static boolean closedApposition(String body, List<int[]> words, int from) {
        int last = phraseEnd(body, words, from);
        return last >= 0 && text(body, words.get(last)).endsWith(",");
    }

    /** The word that ends the phrase starting at {@code from} within the apposition window, or -1. */
    private static int phraseEnd(String body, List<int[]> words, int from) {
        for (int k = from; k < words.size() && k < from + APPOSITION_WINDOW; k++) {
            if (endsPhrase(body, words.get(k))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Whether a run after "the" names a thing rather than a person: it ends in an organisation's head, a bracketed
     * acronym aside ("the Railway Accident Investigation Office (RAIO)" names an office, while "John Kirby White
     * House adviser" keeps John Kirby), or holds no title or role before the name ("the Corran Cliffs", but "the
     * Reverend Ann Hollis"). A run after "at" without a title is where someone works: "senior analyst at Fenwick
     * Partners"; one after a capitalised word and "of" ends that word's name: "the Federation of Mine Workers".
     */
    private static boolean namesAPlaceOrBody(String body, List<int[]> words, int runStart, List<String> phrase,
                                             PersonName person) {
        int last = phrase.size() - 1;
        while (last > 0 && phrase.get(last).startsWith("(")) {
            last--;
        }
        String before = runStart > 0 ? text(body, words.get(runStart - 1)) : "";
        boolean untitled = person.description().isEmpty();
        boolean endsBodyName = before.equals("of") && runStart > 1 && isCapitalized(body, words.get(runStart - 2));
        return Vocabulary.isArticle(before) && (Vocabulary.isOrganisationHead(phrase.get(last)) || untitled)
                || (before.equals("at") || endsBodyName) && untitled;
    }

    private static boolean namesNoPerson(String word) {
        return Vocabulary.isOutletWord(word) || Vocabulary.isOrganisationHead(word) || Vocabulary.isCollective(word)
                || Vocabulary.isPlaceWord(word) || Vocabulary.isNamedEventWord(word);
    }

    private static KnownPerson union(KnownPerson first, KnownPerson later) {
        Set<String> description = new LinkedHashSet<>(first.description());
        description.addAll(later.description());
        return new KnownPerson(first.name(), description, first.firstSeen());
    }

    /** Steps back over role words and capitalised words just before the run, within one clause. */
    private static int descriptionStart(String body, List<int[]> words, int runStart) {
        int from = runStart;
        while (from > 0 && runStart - from < DESCRIPTION_WINDOW && !endsPhrase(body, words.get(from - 1))) {
            String previous = text(body, words.get(from - 1));
            if (!Vocabulary.isRole(previous) && !Vocabulary.isCapitalized(previous)) {
                break;
            }
            from--;
        }
        return from;
    }

    /** The words of ", spokesman for the Foreign Ministry," right after a name, when it starts with a role. */
    private static List<String> apposition(String body, List<int[]> words, int end) {
        if (end == 0 || end >= words.size() || !text(body, words.get(end - 1)).endsWith(",")) {
            return List.of();
        }
        int last = phraseEnd(body, words, end);
        int stop = last >= 0 ? last + 1 : Math.min(words.size(), end + APPOSITION_WINDOW);
        List<String> described = new ArrayList<>();
        boolean roleSeen = false;
        for (int k = end; k < stop; k++) {
            String word = text(body, words.get(k));
            roleSeen |= Vocabulary.isRole(word);
            described.add(Vocabulary.bare(word));
        }
        return roleSeen ? PersonName.read(described).description() : List.of();
    }

    private static boolean endsPhrase(String body, int[] word) {
        char last = body.charAt(word[1] - 1);
        return last == ',' || last == '.' || last == ';' || last == ':' || last == '?' || last == '!' || last == ')'
                || QuotationScanner.isDoubleMark(last) || lineBreakAfter(body, word[1]);
    }

    private static boolean lineBreakAfter(String body, int at) {
        for (int i = at; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\n' || c == '\r') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCapitalized(String body, int[] word) {
        return Vocabulary.isCapitalized(body, word[0], word[1]);
    }

    private static String text(String body, int[] word) {
        return body.substring(word[0], word[1]);
    }

    /** {start, end} of every whitespace-separated word. */
    private static List<int[]> words(String body) {
        // sized for words of about five characters with their space
        List<int[]> words = new ArrayList<>(body.length() / 5);
        int start = -1;
        for (int i = 0; i <= body.length(); i++) {
            boolean space = i == body.length() || Character.isWhitespace(body.charAt(i));
            if (space && start >= 0) {
                words.add(new int[] {start, i});
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return words;
    }
}
