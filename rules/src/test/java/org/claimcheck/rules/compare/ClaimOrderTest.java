package org.claimcheck.rules.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.claimcheck.core.model.AttributionClaim;
import org.claimcheck.core.model.Claim;
import org.claimcheck.core.model.DocumentInfo;
import org.claimcheck.core.model.Mention;
import org.claimcheck.core.model.Span;
import org.junit.jupiter.api.Test;

class ClaimOrderTest {
    private final List<DocumentInfo> documents = new ArrayList<>();

    @Test
    void claimsComeByPublicationDayThenFileThenPosition() {
        DocumentInfo late = document("b.md", "2024-05-03");
        DocumentInfo undated = document("a.md", null);
        DocumentInfo earlyB = document("b2.md", "2024-05-01");
        DocumentInfo earlyA = document("a2.md", "2024-05-01");
        List<Claim> claims = List.of(claim("c1", undated, 10), claim("c2", late, 40), claim("c3", late, 5),
                claim("c4", earlyB, 0), claim("c5", earlyA, 70), claim("c6", earlyA, 20));

        List<Claim> sorted = ClaimOrder.of(documents).sorted(claims);

        assertThat(sorted).extracting(Claim::id).containsExactly("c6", "c5", "c4", "c3", "c2", "c1");
    }

    @Test
    void documentsOfOneFileAndDayShareAPlaceTheirClaimsOrderedByPosition() {
        DocumentInfo second = document("feed.jsonl", "2024-05-01");
        DocumentInfo first = document("feed.jsonl", "2024-05-01");
        List<Claim> claims = List.of(claim("c1", second, 900), claim("c2", first, 30), claim("c3", second, 400));

        ClaimOrder order = ClaimOrder.of(documents);

        assertThat(order.sorted(claims)).extracting(Claim::id).containsExactly("c2", "c3", "c1");
        assertThat(order.compare(claims.get(1), claims.get(2))).isNegative();
        assertThat(order.compare(claims.get(0), claims.get(2))).isPositive();
    }

    @Test
    void claimsAtOnePositionKeepTheirGivenOrder() {
        DocumentInfo only = document("a.md", "2024-05-01");
        List<Claim> claims = List.of(claim("c1", only, 50), claim("c2", only, 10), claim("c3", only, 10));

        assertThat(ClaimOrder.of(documents).sorted(claims)).extracting(Claim::id).containsExactly("c2", "c3", "c1");
    }

    private DocumentInfo document(String path, String date) {
        DocumentInfo info = new DocumentInfo("d" + (documents.size() + 1), path, null, null,
                date == null ? null : LocalDate.parse(date), "Test Outlet", "front-matter");
        documents.add(info);
        return info;
    }

    private static Claim claim(String id, DocumentInfo document, int start) {
        String words = "We will reopen the bridge";
        Span span = new Span(start, start + words.length(), 1, start + 1);
        return new AttributionClaim(id, new Mention(document.id(), document.path(), span, words, words, span),
                "Ann Bell", "Ann Bell", null, "say", null, words, true);
    }
}
