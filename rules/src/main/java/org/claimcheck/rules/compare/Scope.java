package org.claimcheck.rules.compare;

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

    /** The words of a sentence that say its scope, read once per sentence. */
    record Words(boolean national, boolean region) {
        static Words of(String sentence) {
            boolean mayBeNational = sentence.contains("nation") || sentence.contains("Nation")
                    || sentence.contains("NATION") || sentence.contains("ountry") || sentence.contains("OUNTRY");
            boolean mayNameRegion = sentence.contains("egion") || sentence.contains("rovince")
                    || sentence.contains("count") || sentence.contains("district");
            return new Words(mayBeNational && NATIONAL_WORDS.matcher(sentence).find(),
                    mayNameRegion && REGION_WORDS.matcher(sentence).find());
        }
    }

    /** The scope of a sentence with these words that names places or not: a region needs a place named with it. */
    static Scope of(Words words, boolean namesPlaces) {
        if (words.national()) {
            return NATIONAL;
        }
        return namesPlaces && words.region() ? REGIONAL : UNSAID;
    }

    /** Whether figures of the two scopes may be one fact: all but a national figure against a regional one. */
    boolean compatibleWith(Scope other) {
        return this == UNSAID || other == UNSAID || this == other;
    }
}
