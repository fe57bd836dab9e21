package org.claimcheck.rules.check;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The rules claimcheck ships, in the order they are documented. */
public final class BuiltInRules {
    private static final List<Rule> RULES = List.of(new NumericMismatchRule(), new DateMismatchRule(),
            new FigureUpdateRule(), new QuoteSpeakerMismatchRule(), new MisquoteRule(),
            new AttributionOutletMismatchRule(), new InternalInconsistencyRule());

    private BuiltInRules() {
    }

    /** Every built-in rule. */
    public static List<Rule> all() {
        return RULES;
    }

    /** Their ids. */
    public static Set<String> ids() {
        return RULES.stream().map(r -> r.info().id()).collect(Collectors.toUnmodifiableSet());
    }
}
