package org.claimcheck.core.extract.attribution;

import java.util.List;

import org.claimcheck.core.text.Token;
import org.claimcheck.core.text.Whitespace;

/** Recognises the news outlet a statement was given to or reported by. */
final class Outlets {
    private Outlets() {
    }

    /** The outlet a sentence names: "told the Financial Times", "interview with CNN", "according to Reuters". */
    static String in(TaggedDocument reading, List<Token> tokens) {
        for (int i = 0; i < tokens.size() - 1; i++) {
            String cue = Cues.at(tokens, i);
            int[] phrase = null;
            if ("tell".equals(cue)) {
                phrase = NounPhrases.phraseAfter(tokens, i + 1);
            } else if ("according to".equals(cue) && i + 2 < tokens.size()) {
                phrase = NounPhrases.phraseAfter(tokens, i + 2);
            } else if ("report".equals(cue)) {
                phrase = NounPhrases.subjectBefore(tokens, i);
            } else if (tokens.get(i).lemma().equals("interview") && tokens.get(i + 1).lemma().equals("with")
                    && i + 2 < tokens.size()) {
                phrase = NounPhrases.phraseAfter(tokens, i + 2);
            }
            if (phrase != null && isOutlet(reading.words(phrase, tokens))) {
                return clean(reading.words(phrase, tokens));
            }
        }
        return null;
    }

    /** Whether the words name a news outlet ("the Wall Street Journal", "Reuters", "the newspaper"). */
    static boolean isOutlet(String words) {
        for (String word : Whitespace.split(words)) {
            if (Vocabulary.isCapitalized(word) && Vocabulary.isOutletWord(word)
                    || Vocabulary.bare(word).equals("newspaper")) {
                return true;
            }
        }
        return false;
    }

    /** "the Financial Times" gives "Financial Times"; "*The Times*" gives "The Times". */
    static String clean(String words) {
        String cleaned = words.replace("*", "").replace("_", "").trim();
        return cleaned.startsWith("the ") ? cleaned.substring(4) : cleaned;
    }
}
