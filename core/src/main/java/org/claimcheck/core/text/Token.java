package org.claimcheck.core.text;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One word or punctuation mark of a sentence with its part of speech and lemma.
 *
 * @param text  the token as written
 * @param start offset of its first character in the tagged text
 * @param end   offset after its last character
 * @param tag   its Universal Dependencies part-of-speech tag ({@code NOUN}, {@code PROPN}, {@code VERB}, {@code NUM})
 * @param lemma its lower-case dictionary form ({@code kill} for "killed", {@code soldier} for "soldiers")
 */
public record Token(String text, int start, int end, String tag, String lemma) {
    /**
     * Past tenses that the tagger can take for nouns, adjectives or auxiliaries ("prices rose 7.4 percent", "the
     * Movement won nine"), with their verbs' lemmas.
     */
    private static final Map<String, String> NOUN_LIKE_PAST_TENSES = Map.of("rose", "rise", "fell", "fall", "won",
            "win");
    /** Word classes that hold a closed list of words, none of them a past tense. */
    private static final Set<String> CLOSED_CLASSES = Set.of("CCONJ", "SCONJ", "ADP", "DET", "PRON");
    /** Words in "-ed" this long or shorter ("bed", "shed", "need") are left as tagged. */
    private static final int SHORT_ED_WORD = 4;
    /** The longest of those past tenses: a quick test before lower-casing a token. */
    private static final int LONGEST_PAST_TENSE = NOUN_LIKE_PAST_TENSES.keySet().stream().mapToInt(String::length)
            .max().orElse(0);

    /** Whether the token is a common or proper noun. */
    public boolean isNoun() {
        return "NOUN".equals(tag) || "PROPN".equals(tag);
    }

    /** Whether the token is a proper noun, also with its possessive ending ("Quellmouth's", tagged PROPN+PART). */
    public boolean isProperNoun() {
        return "PROPN".equals(tag) || "PROPN+PART".equals(tag);
    }

    /** Whether the token is a verb (auxiliaries excluded). */
    public boolean isVerb() {
        return "VERB".equals(tag);
    }

    /**
     * Whether the token is a past tense that the tagger took for something else: "rose", "fell", "won", or a word in
     * "-ed" that it put in a closed class ("was last inspected in August", with "inspected" a conjunction).
     */
    public boolean isMistakenVerb() {
        return nounLikePastTense() != null || isClosedClassPastTense();
    }

    /** The lemma, as a verb's when the token {@linkplain #isMistakenVerb() is a mistaken verb}: "rise" for "rose". */
    public String verbLemma() {
        if (isClosedClassPastTense()) {
            return Lemmas.of(text, "VERB");
        }
        String pastTense = nounLikePastTense();
        return pastTense != null ? pastTense : lemma;
    }

    /** The verb's lemma when the token is "rose", "fell" or "won" tagged as something else than a verb, else null. */
    private String nounLikePastTense() {
        return isVerb() || text.length() > LONGEST_PAST_TENSE ? null
                : NOUN_LIKE_PAST_TENSES.get(text.toLowerCase(Locale.ROOT));
    }

    /** No conjunction, preposition, determiner or pronoun is written in lower case and ends in "-ed". */
    private boolean isClosedClassPastTense() {
        return CLOSED_CLASSES.contains(tag) && text.length() > SHORT_ED_WORD && text.endsWith("ed")
                && Character.isLowerCase(text.charAt(0));
    }

    /**
     * Whether the token only qualifies a verb it stands beside: an auxiliary, an adverb or a particle ("were", "have
     * been", "still", "not").
     */
    public boolean isVerbQualifier() {
        return "AUX".equals(tag) || "ADV".equals(tag) || "PART".equals(tag);
    }

    /** Whether the token is an adjective. */
    public boolean isAdjective() {
        return "ADJ".equals(tag);
    }
}
