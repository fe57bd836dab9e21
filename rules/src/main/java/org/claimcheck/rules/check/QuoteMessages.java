package org.claimcheck.rules.check;

import org.claimcheck.core.model.AttributionClaim;

/** Phrases for findings about attributed statements. */
final class QuoteMessages {
    private QuoteMessages() {
    }

    /** {@code Dmitry Peskov (told the Financial Times)} or {@code an unnamed speaker}. */
    static String speaker(AttributionClaim claim) {
        String who = claim.speaker() == null ? "an unnamed speaker" : claim.speaker();
        return claim.outlet() == null ? who : who + " (to " + claim.outlet() + ")";
    }

    /** The evidence: both sentences with the words at each cue. */
    static String evidence(AttributionClaim reference, AttributionClaim other) {
        return "Reference: \"" + reference.mention().sentence().strip() + "\"" + cue(reference)
                + " Other: \"" + other.mention().sentence().strip() + "\"" + cue(other);
    }

    private static String cue(AttributionClaim claim) {
        return claim.speakerMention() == null ? "" : " (speaker named as '" + claim.speakerMention() + "')";
    }
}
