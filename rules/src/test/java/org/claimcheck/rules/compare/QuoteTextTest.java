package org.claimcheck.rules.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class QuoteTextTest {

    @Test
    void wordsAreComparedWithoutCasePunctuationOrQuoteStyle() {
        QuoteText a = new QuoteText("We won’t leave, not tonight.");
        QuoteText b = new QuoteText("we wont leave not TONIGHT");

        assertThat(a.words()).containsExactly("we", "wont", "leave", "not", "tonight");
        assertThat(a.similarity(b, 5)).isEqualTo(1.0);
    }

    @Test
    void aPercentSignAndItsSpellingsAreTheSameWords() {
        QuoteText sign = new QuoteText("Wage growth is still running at 4.8%, well above target.");
        QuoteText spelled = new QuoteText("Wage growth is still running at 4.8 per cent, well above target.");
        QuoteText oneWord = new QuoteText("Wage growth is still running at 4.8 percent, well above target.");

        assertThat(sign.words()).isEqualTo(spelled.words()).isEqualTo(oneWord.words());
    }

    @Test
    void aNameSwappedForAnotherMakesAnotherStatementButANameLeftOutDoesNot() {
        QuoteText harlby = new QuoteText(" Nobody goes back into Harlby. Nobody goes near the river, I'm told.");
        QuoteText wendover = new QuoteText("Nobody goes back into Wendover. Nobody goes near the river, I'm told.");
        QuoteText nowhere = new QuoteText("Nobody goes back into town. Nobody goes near the river, I'm told.");

        assertThat(harlby.swapsNameWith(wendover)).isTrue();
        assertThat(harlby.swapsNameWith(nowhere)).isFalse();
        assertThat(nowhere.swapsNameWith(wendover)).isFalse();
    }

    @Test
    void oneChangedWordInTenIsNinetyPercentSimilar() {
        QuoteText a = new QuoteText("We have enough beds for everyone who needs one tonight");
        QuoteText b = new QuoteText("We have enough tents for everyone who needs one tonight");

        assertThat(a.similarity(b, 10)).isEqualTo(0.9);
        assertThat(a.difference(b)).containsExactly("beds", "tents");
    }

    @Test
    void theBoundedDistanceAgreesWithTheFullOneWhereverTheBoundAllows() {
        Random random = new Random(42);
        String[] vocabulary = {"the", "bridge", "will", "reopen", "on", "friday", "morning", "crews", "said"};
        for (int round = 0; round < 5_000; round++) {
            List<String> a = words(random, vocabulary);
            List<String> b = words(random, vocabulary);
            QuoteText ta = new QuoteText(String.join(" ", a));
            QuoteText tb = new QuoteText(String.join(" ", b));
            int longer = Math.max(a.size(), b.size());
            int expected = editDistance(a, b);
            for (int limit = 0; limit <= longer; limit++) {
                double similarity = ta.similarity(tb, limit);
                if (expected <= limit) {
                    assertThat(similarity).as("%s / %s within %d", a, b, limit)
                            .isEqualTo(longer == 0 ? 0 : 1.0 - (double) expected / longer);
                } else {
                    assertThat(similarity).as("%s / %s within %d", a, b, limit)
                            .isLessThan(1.0 - (double) limit / longer);
                }
            }
        }
    }

    private static List<String> words(Random random, String[] vocabulary) {
        List<String> words = new ArrayList<>();
        int length = 1 + random.nextInt(9);
        for (int i = 0; i < length; i++) {
            words.add(vocabulary[random.nextInt(vocabulary.length)]);
        }
        return words;
    }

    /** The textbook word edit distance, as the reference. */
    private static int editDistance(List<String> a, List<String> b) {
        int[][] cost = new int[a.size() + 1][b.size() + 1];
        for (int i = 0; i <= a.size(); i++) {
            for (int j = 0; j <= b.size(); j++) {
                if (i == 0 || j == 0) {
                    cost[i][j] = i + j;
                } else {
                    int replace = cost[i - 1][j - 1] + (a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1);
                    cost[i][j] = Math.min(replace, Math.min(cost[i - 1][j], cost[i][j - 1]) + 1);
                }
            }
        }
        return cost[a.size()][b.size()];
    }
}
