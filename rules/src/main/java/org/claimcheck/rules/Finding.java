package org.claimcheck.rules;

import java.util.List;

/**
 * Claims that disagree, or a note about them.
 *
 * @param id          run-local id such as {@code f3}
 * @param rule        the id of the rule that fired
 * @param severity    its severity
 * @param claims      ids of the claims involved, the reference (earlier or authoritative) first
 * @param message     one sentence a reporter understands, with both values and the tolerance used
 * @param explanation why the claims were compared and why they disagree, in a few sentences
 * @param fingerprint a content hash of the finding, independent of line numbers and ids, for baselines and SARIF
 */
public record Finding(String id, String rule, Severity severity, List<String> claims, String message,
                      String explanation, String fingerprint) {
    public Finding {
        claims = List.copyOf(claims);
    }

    /** A copy with another id. */
    public Finding withId(String newId) {
        return new Finding(newId, rule, severity, claims, message, explanation, fingerprint);
    }
}
