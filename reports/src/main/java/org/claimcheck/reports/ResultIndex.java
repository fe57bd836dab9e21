package org.claimcheck.reports;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.claimcheck.core.model.Claim;
import org.claimcheck.core.model.DocumentInfo;
import org.claimcheck.rules.CheckResult;
import org.claimcheck.rules.Finding;

/** Look-ups over one check result: the claims of a finding and the document of a claim. */
final class ResultIndex {
    private final Map<String, Claim> claims;
    private final Map<String, DocumentInfo> documents;

    ResultIndex(CheckResult result) {
        this.claims = result.claimsById();
        this.documents = result.documentsById();
    }

    /** The finding's claims that exist in the result, in the finding's order. */
    List<Claim> claimsOf(Finding finding) {
        return finding.claims().stream().map(claims::get).filter(Objects::nonNull).toList();
    }

    /**
     * The claim a finding is reported at: the last one, which disagrees with the reference (the first). That is the
     * sentence an editor fixes, and in CI usually the article being changed.
     */
    Optional<Claim> primaryClaim(Finding finding) {
        List<Claim> claims = claimsOf(finding);
        return claims.isEmpty() ? Optional.empty() : Optional.of(claims.get(claims.size() - 1));
    }

    /** The document of a claim. */
    Optional<DocumentInfo> documentOf(Claim claim) {
        return Optional.ofNullable(documents.get(claim.mention().documentId()));
    }
}
