package org.claimcheck.rules.compare;

/**
 * How wide an area a sentence's figures cover: the whole country ("Nationally, prices rose 7.4 percent"), one region of
 * it ("In the capital region of Veltrava, the average price rose 7.2 percent"), some parts of the whole ("turnout in
 * some wards topped 60 percent", "in parts of the city"), or what it does not say. A national figure and a regional one
 * are different facts, however alike their words, and a figure of some parts is never the whole's.
 */
enum Scope {
    NATIONAL, REGIONAL, PARTS, UNSAID;

    private static final GuardedPattern NATIONAL_WORDS = GuardedPattern.of(
            "(?i)\\b(nationally|nationwide|countrywide|across the country|national average)\\b",
            "nation", "Nation", "NATION", "ountry", "OUNTRY");
    private static final GuardedPattern REGION_WORDS = GuardedPattern.of(
            "\\b(region|regions|province|provinces|county|counties|district|districts)\\b",
            "egion", "rovince", "count", "district");
    /** "in some wards", "in parts of the city", "in places"; not "in some 40 towns", where "some" hedges a number. */
    private static final GuardedPattern PARTS_WORDS = GuardedPattern.of(
            "\\b[Ii]n (some (?![\\d.,]+\\b)(?!of\\b)\\p{L}|parts of\\b|places\\b)",
            "n some ", "n parts ", "n places");

    /** The words of a sentence that say its scope, read once per sentence. */
    record Words(boolean national, boolean region, boolean parts) {
        static Words of(String sentence) {
            return new Words(NATIONAL_WORDS.find(sentence), REGION_WORDS.find(sentence), PARTS_WORDS.find(sentence));
        }
    }

    /** The scope of a sentence with these words that names places or not: a region needs a place named with it. */
    static Scope of(Words words, boolean namesPlaces) {
        if (words.parts()) {
            return PARTS;
        }
        if (words.national()) {
            return NATIONAL;
        }
        return namesPlaces && words.region() ? REGIONAL : UNSAID;
    }

    /**
     * Whether figures of the two scopes may be one fact: figures of some parts only with figures of some parts, and
     * the others all but a national figure against a regional one.
     */
    boolean compatibleWith(Scope other) {
        if (this == PARTS || other == PARTS) {
            return this == other;
        }
        return this == UNSAID || other == UNSAID || this == other;
    }
}
