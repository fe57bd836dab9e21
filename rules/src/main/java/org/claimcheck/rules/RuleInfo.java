package org.claimcheck.rules;

/**
 * The documentation of a rule: what code-scanning services and the {@code rules}/{@code explain} commands show.
 *
 * @param id               stable id ({@code numeric-mismatch}); used as SARIF ruleId and in baselines
 * @param name             a short PascalCase name ({@code NumericMismatch})
 * @param summary          one-line description
 * @param description      a paragraph explaining what the rule checks and how
 * @param help             what an editor should do about a finding
 * @param defaultSeverity  severity unless configured otherwise
 */
public record RuleInfo(String id, String name, String summary, String description, String help,
                       Severity defaultSeverity) {
}
