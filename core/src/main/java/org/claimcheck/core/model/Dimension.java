package org.claimcheck.core.model;

/** What kind of magnitude a number measures; only numbers of the same dimension are ever compared. */
public enum Dimension {
    /** A count of things: soldiers, tanks, countries. The unit is the counted noun's lemma. */
    COUNT,
    /** Money; the unit is an ISO 4217 currency code and amounts of different currencies are not converted. */
    MONEY,
    /** A share in percent. */
    PERCENT,
    /** Area; base unit square metre. */
    AREA,
    /** Length or distance; base unit metre. */
    LENGTH,
    /** Mass; base unit kilogram. */
    MASS,
    /** Duration; base unit second. */
    DURATION,
    /** Volume; base unit cubic metre. */
    VOLUME,
    /** Speed; base unit metre per second. */
    SPEED,
    /** Temperature; base unit kelvin. */
    TEMPERATURE,
    /** Power; base unit watt. */
    POWER,
    /** Energy; base unit joule. */
    ENERGY,
    /**
     * A vote tally ("voted 6-3"): the value is the first number, the upper the second, the unit {@code vote}; two
     * tallies agree only when they give the same two numbers, in either order.
     */
    TALLY
}
