package org.claimcheck.core.model;

/** The hedge a reporter puts on a number: "nearly 400", "more than 1,300", "about 150". */
public enum Qualifier {
    /** No hedge: the number as stated. */
    EXACT,
    /** about, around, roughly, some, an estimated. */
    APPROXIMATELY,
    /** nearly, almost, close to, just under. */
    NEARLY,
    /** more than, over, at least, upwards of. */
    MORE_THAN,
    /** less than, fewer than, under, up to, at most. */
    LESS_THAN;

    /** The lower-case name used in reports ({@code more_than}). */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
