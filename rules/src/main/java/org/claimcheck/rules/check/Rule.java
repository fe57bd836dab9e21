package org.claimcheck.rules.check;

import java.util.List;

import org.claimcheck.rules.Finding;
import org.claimcheck.rules.RuleInfo;

/** One consistency rule: its documentation and the check itself. Stateless. */
public interface Rule {

    /** The rule's id, default severity and documentation. */
    RuleInfo info();

    /** The findings of this rule over a run, with empty ids, at {@code input}'s severity for this rule. */
    List<Finding> check(RuleInput input);
}
