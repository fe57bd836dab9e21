package org.claimcheck.rules.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpeakerNamesTest {
    private final SpeakerNames names = new SpeakerNames(Map.of("Ilse V.", "Ilse Varga"));

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Tomas Ruud          | Tomas Ruud            | true
            Resident Tomas Ruud | Tomas Ruud            | true
            Tobias Billström    | Tobias Billstrom      | true
            Volodymyr Zelensky  | Zelenskyy             | true
            John F. Kennedy     | John Kennedy          | true
            Ilse V.             | Ilse Varga            | true
            Tomas Ruud          | Anna Ruud             | false
            Resident Tomas Ruud | Anna Ruud             | false
            Oskar Brandt        | Leena Varga           | false
            John F. Kennedy     | Robert F. Kennedy     | false
            Anna Maria Holm     | Eva Maria Holm        | false
            """)
    void namesTheSameSpeakerWhenSurnamesAgreeAndFirstNamesDoNotContradict(String a, String b, boolean same) {
        assertThat(names.same(a, b)).isEqualTo(same);
        assertThat(names.same(b, a)).isEqualTo(same);
    }
}
