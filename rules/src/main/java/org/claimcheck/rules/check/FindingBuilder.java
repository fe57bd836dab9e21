package org.claimcheck.rules.check;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.claimcheck.core.model.Claim;
import org.claimcheck.rules.Finding;
import org.claimcheck.rules.Severity;

/**
 * Makes findings with a content fingerprint: a hash of the rule, and of each claim's file name, text and sentence —
 * not of folders, offsets, lines or ids, so the fingerprint survives edits elsewhere in the files and checkouts in
 * other places (baselines, SARIF tracking).
 */
public final class FindingBuilder {
    private FindingBuilder() {
    }

    /** A finding with an empty id. */
    public static Finding finding(String rule, Severity severity, List<? extends Claim> claims, String message,
                                  String explanation) {
        return new Finding("", rule, severity, claims.stream().map(Claim::id).toList(), message, explanation,
                fingerprint(rule, claims));
    }

    static String fingerprint(String rule, List<? extends Claim> claims) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(rule.getBytes(StandardCharsets.UTF_8));
            for (Claim claim : claims) {
                Path name = Path.of(claim.mention().path()).getFileName();
                for (String part : List.of(name == null ? "" : name.toString(), claim.mention().text(),
                        Describe.oneLine(claim.mention().sentence()))) {
                    digest.update((byte) 0);
                    digest.update(part.getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
