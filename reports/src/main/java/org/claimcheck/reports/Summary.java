package org.claimcheck.reports;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.claimcheck.rules.CheckResult;
import org.claimcheck.rules.Finding;
import org.claimcheck.rules.Severity;

/**
 * The counts every report opens with.
 *
 * @param documents  articles read
 * @param claims     claims found
 * @param findings   findings reported
 * @param problems   inputs that could not be read
 * @param bySeverity findings per severity, every severity present
 * @param byRule     findings per rule id, sorted by id
 */
public record Summary(int documents, int claims, int findings, int problems, Map<Severity, Integer> bySeverity,
                      SortedMap<String, Integer> byRule) {
    public Summary {
        bySeverity = Collections.unmodifiableMap(new EnumMap<>(bySeverity));
        byRule = Collections.unmodifiableSortedMap(new TreeMap<>(byRule));
    }

    /** Counts the result. */
    public static Summary of(CheckResult result) {
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            bySeverity.put(severity, 0);
        }
        SortedMap<String, Integer> byRule = new TreeMap<>();
        for (Finding finding : result.findings()) {
            bySeverity.merge(finding.severity(), 1, Integer::sum);
            byRule.merge(finding.rule(), 1, Integer::sum);
        }
        return new Summary(result.documents().size(), result.claims().size(), result.findings().size(),
                result.problems().size(), bySeverity, byRule);
    }

    /** Findings of one severity. */
    public int count(Severity severity) {
        return bySeverity.get(severity);
    }

    /** "2 errors, 1 warning, 0 info", most severe first. */
    public String severityLine() {
        return plural(count(Severity.ERROR), "error") + ", " + plural(count(Severity.WARNING), "warning") + ", "
                + count(Severity.INFO) + " info";
    }

    /** "1 finding" or "3 findings". */
    static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
