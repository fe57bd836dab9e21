package org.claimcheck.rules.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.claimcheck.core.model.Claim;
import org.claimcheck.core.source.LineIndex;
import org.claimcheck.rules.Finding;

/**
 * Inline suppressions written in articles as HTML comments (in Markdown and HTML files):
 * {@code <!-- claimcheck-disable-next-line numeric-mismatch -->} silences the named rules (all rules when none is
 * named) for claims on the next line; {@code <!-- claimcheck-disable-file misquote -->} for the whole file. A
 * finding is suppressed when any of its claims is covered.
 */
public final class Suppressions {
    private static final String NEXT_LINE = "claimcheck-disable-next-line";
    private static final String WHOLE_FILE = "claimcheck-disable-file";

    /**
     * One directive of a file.
     *
     * @param line  the line whose claims it covers, 0 for the whole file
     * @param rules the rules it silences, all rules when empty
     */
    public record Directive(int line, Set<String> rules) {
        public Directive {
            rules = Set.copyOf(rules);
        }

        boolean covers(String rule) {
            return rules.isEmpty() || rules.contains(rule);
        }
    }

    private final Map<String, List<Directive>> byPath = new ConcurrentHashMap<>();

    /** Records the directives of one file; files may be added from several threads at once. */
    public void add(String path, List<Directive> directives) {
        if (!directives.isEmpty()) {
            byPath.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>()).addAll(directives);
        }
    }

    /** The directives written in a file's text. */
    public static List<Directive> directivesIn(String fileText) {
        List<Directive> directives = new ArrayList<>();
        LineIndex lines = LineIndex.of(fileText);
        int from = 0;
        while (true) {
            int open = fileText.indexOf("<!--", from);
            if (open < 0) {
                return directives;
            }
            int close = fileText.indexOf("-->", open + 4);
            if (close < 0) {
                return directives;
            }
            String[] words = fileText.substring(open + 4, close).strip().split("[\\s,]+");
            if (words.length > 0 && (words[0].equals(NEXT_LINE) || words[0].equals(WHOLE_FILE))) {
                Set<String> rules = Set.of(java.util.Arrays.copyOfRange(words, 1, words.length));
                int line = words[0].equals(WHOLE_FILE) ? 0 : lines.line(close) + 1;
                directives.add(new Directive(line, rules));
            }
            from = close + 3;
        }
    }

    /** Whether a finding is silenced by a directive next to one of its claims. */
    public boolean suppresses(Finding finding, Map<String, Claim> claims) {
        for (String id : finding.claims()) {
            Claim claim = claims.get(id);
            for (Directive directive : byPath.getOrDefault(claim.mention().path(), List.of())) {
                boolean lineMatches = directive.line() == 0 || directive.line() == claim.mention().span().line();
                if (lineMatches && directive.covers(finding.rule())) {
                    return true;
                }
            }
        }
        return false;
    }
}
