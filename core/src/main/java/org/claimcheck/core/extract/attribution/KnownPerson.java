package org.claimcheck.core.extract.attribution;

import java.util.Set;

/**
 * A person named in a document, with the words that describe them there ("ukrainian", "president").
 *
 * @param name        the full name as written at its first mention
 * @param description lower-case descriptive words gathered from all mentions
 * @param firstSeen   body offset of the first mention
 */
record KnownPerson(String name, Set<String> description, int firstSeen) {
    KnownPerson {
        description = Set.copyOf(description);
    }
}
