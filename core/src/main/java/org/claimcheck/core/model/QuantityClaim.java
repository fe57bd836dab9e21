package org.claimcheck.core.model;

/**
 * A number stated in an article, normalized, with what it counts and the event around it.
 *
 * @param id      run-local id
 * @param mention where it stands
 * @param amount  the normalized number
 * @param noun    the noun phrase the number counts or measures
 * @param context the event, entities and time of the sentence
 */
public record QuantityClaim(String id, Mention mention, Amount amount, CountedNoun noun, EventContext context)
        implements Claim {

    @Override
    public String kind() {
        return "quantity";
    }

    @Override
    public QuantityClaim withId(String newId) {
        return new QuantityClaim(newId, mention, amount, noun, context);
    }

    /** A copy with another context. */
    public QuantityClaim withContext(EventContext newContext) {
        return new QuantityClaim(id, mention, amount, noun, newContext);
    }
}
