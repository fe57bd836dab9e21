package org.claimcheck.core.model;

/** A mechanically checkable statement found in an article: a quantity, a date or an attributed statement. */
public sealed interface Claim permits QuantityClaim, DateClaim, AttributionClaim {

    /** Run-local id such as {@code c12}; empty until the run numbers its claims. */
    String id();

    /** Where the claim stands. */
    Mention mention();

    /** The report kind: {@code quantity}, {@code date} or {@code attribution}. */
    String kind();

    /** A copy with another id. */
    Claim withId(String newId);
}
