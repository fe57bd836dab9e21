package org.claimcheck.rules.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GuardedPatternTest {
    private final GuardedPattern compared = GuardedPattern.of("\\b(compared with|versus)\\s*$", "compared", "versus");

    @Test
    void findsThePatternInATextHoldingACue() {
        assertThat(compared.find("a net loss of $4 million, compared with ")).isTrue();
        assertThat(compared.find("turnout of 61% versus ")).isTrue();
    }

    @Test
    void aCueAloneIsNoMatch() {
        assertThat(compared.mayMatch("the figures were compared later, with ")).isTrue();
        assertThat(compared.find("the figures were compared later, with ")).isFalse();
    }

    @Test
    void aTextWithoutACueIsNeverTried() {
        assertThat(compared.mayMatch("a net loss of $4 million against ")).isFalse();
        assertThat(compared.find("a net loss of $4 million against ")).isFalse();
    }
}
