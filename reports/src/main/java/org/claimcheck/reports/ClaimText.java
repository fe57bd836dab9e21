package org.claimcheck.reports;

import org.claimcheck.core.model.Amount;
import org.claimcheck.core.model.AttributionClaim;
import org.claimcheck.core.model.Claim;
import org.claimcheck.core.model.DateClaim;
import org.claimcheck.core.model.QuantityClaim;
import org.claimcheck.core.model.Qualifier;

/** The normalized value of a claim as a short phrase for people: "nearly 400 mi2", "2024-08-06". */
final class ClaimText {

    private ClaimText() {
    }

    /** The normalized value of any claim. */
    static String value(Claim claim) {
        if (claim instanceof QuantityClaim q) {
            return amount(q.amount());
        }
        if (claim instanceof DateClaim d) {
            return (d.relation() == null ? "" : d.relation() + " ") + d.value();
        }
        AttributionClaim a = (AttributionClaim) claim;
        return (a.speaker() == null ? "unknown speaker" : a.speaker()) + (a.direct() ? " (quoted)" : " (reported)");
    }

    private static String amount(Amount amount) {
        StringBuilder text = new StringBuilder();
        if (amount.qualifier() != Qualifier.EXACT) {
            text.append(amount.qualifier().wireName().replace('_', ' ')).append(' ');
        }
        text.append(Numbers.plain(amount.value()));
        if (amount.isRange()) {
            text.append(" to ").append(Numbers.plain(amount.upper()));
        }
        if (amount.unit() != null) {
            text.append(' ').append(amount.unit());
        }
        return text.toString();
    }

    /** The text on one line, control characters (including escape sequences' introducers) turned into spaces. */
    static String singleLine(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            clean.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
        return clean.toString();
    }
}
