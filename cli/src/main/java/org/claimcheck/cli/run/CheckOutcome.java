package org.claimcheck.cli.run;

import org.claimcheck.rules.CheckResult;

/**
 * What a check came to.
 *
 * @param result   everything found (findings narrowed by {@code --since} when asked)
 * @param failing  how many findings reach the failing severity
 * @param exitCode 0 when nothing fails, 1 when findings fail the run, 2 when an input could not be read
 */
public record CheckOutcome(CheckResult result, long failing, int exitCode) {
}
