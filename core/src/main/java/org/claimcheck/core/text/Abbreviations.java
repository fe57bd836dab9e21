package org.claimcheck.core.text;

import java.util.Set;

/**
 * Words whose period belongs to the word rather than ending a sentence: people's titles ("Coun. Priya Ramsaran",
 * "Gov. Smith"), months ("Aug. 6"), company forms ("Quillstream Inc.") and common shortenings ("approx."). The sentence
 * splitter and the word tokenizer both read them; lower case, without the period.
 */
final class Abbreviations {
    private static final Set<String> WORDS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "gen", "lt", "col", "maj", "capt", "sgt", "cpl",
            "adm", "cmdr", "pres", "rev", "coun", "cllr", "supt", "insp", "det", "st", "sr", "jr",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "inc", "ltd", "co", "corp", "dept", "univ", "no", "vs", "approx", "est", "ft", "mt", "etc");

    private Abbreviations() {
    }

    /** Whether the lower-case {@code word}, written with a period after it, is one of these abbreviations. */
    static boolean contains(String word) {
        return WORDS.contains(word);
    }
}
