package org.claimcheck.rules.compare;

import java.util.List;
import java.util.regex.Pattern;

/**
 * How wide an area a sentence's figures cover: the whole country ("Nationally, prices rose 7.4 percent"), one region of
 * it ("In the capital region of Veltrava, the average price rose 7.2 percent"), or what it does not say. A national
 * figure and a regional one are different facts, however alike their words.
 */
enum Scope {
    NATIONAL, REGIONAL, UNSAID;

    private static final Pattern NATIONAL_WORDS = Pattern.compile(
            "\\b(nationally|nationwide|countrywide|across the country|national average)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern REGION_WORDS = Pattern.compile(
            "\\b(region|regions|province|provinces|county|counties|district|districts)\\b");

    /** The scope of a sentence that names {@code places}: a region needs a place named with the word. */
    static Scope of(String sentence, List<String> places) {
        if (NATIONAL_WORDS.matcher(sentence).find()) {
            return NATIONAL;
        }
        return !places.isEmpty() && REGION_WORDS.matcher(sentence).find() ? REGIONAL : UNSAID;
    }

    /** Whether figures of the two scopes may be one fact: all but a national figure against a regional one. */
    boolean compatibleWith(Scope other) {
        return this == UNSAID || other == UNSAID || this == other;
    }
}
