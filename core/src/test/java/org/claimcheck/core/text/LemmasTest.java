package org.claimcheck.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LemmasTest {
    @ParameterizedTest(name = "{0} ({1}) gives {2}")
    @CsvSource({
        "injuring, VERB, injure",
        "wounded, VERB, wound",
        "stopped, VERB, stop",
        "added, VERB, add",
        "treated, VERB, treat",
        "focused, VERB, focus",
        "seized, VERB, seize",
        "eased, VERB, ease",
        "raised, VERB, raise",
        "released, VERB, release",
        "increased, VERB, increase",
        "revised, VERB, revise",
        "licensed, VERB, license",
        "passed, VERB, pass",
        "travelling, VERB, travel",
        "cancelled, VERB, cancel",
        "totalling, VERB, total",
        "signalled, VERB, signal",
        "spelled, VERB, spell",
        "dwelling, VERB, dwell",
        "rescued, VERB, rescue",
        "arguing, VERB, argue",
        "continued, VERB, continue",
        "exploded, VERB, explode",
        "invaded, VERB, invade",
        "concluded, VERB, conclude",
        "flooded, VERB, flood",
        "loaded, VERB, load",
        "striking, VERB, strike",
        "escaped, VERB, escape",
        "wiping, VERB, wipe",
        "developed, VERB, develop",
        "heaped, VERB, heap",
        "casualties, NOUN, casualty",
        "Killed, VERB, kill",
    })
    void givesTheDictionaryForm(String word, String tag, String lemma) {
        assertThat(Lemmas.of(word, tag)).isEqualTo(lemma);
    }
}
