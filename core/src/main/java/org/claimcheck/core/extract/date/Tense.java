package org.claimcheck.core.extract.date;

/** Which side of the publication date a stated date may fall on, as far as the wording tells. */
public enum Tense {
    /** Not after the reference ("crossed into Kursk on August 6", "last March"). */
    PAST,
    /** Not before the reference ("will meet on Tuesday", "next March"). */
    FUTURE,
    /** Either side; the nearest reading wins. */
    UNKNOWN
}
