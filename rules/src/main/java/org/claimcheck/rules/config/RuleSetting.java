package org.claimcheck.rules.config;

import org.claimcheck.rules.Severity;

/**
 * The configuration of one rule.
 *
 * @param enabled  whether the rule runs
 * @param severity the severity of its findings, or {@code null} for the rule's default
 */
public record RuleSetting(boolean enabled, Severity severity) {
}
