package org.claimcheck.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * Scores every tag for one token of a sentence with the weights of an OpenNLP maximum-entropy part-of-speech model
 * whose features are those of OpenNLP's default tagger configuration: the word's own features (its lower-case form,
 * prefixes and suffixes of up to four characters, its character class), the lower-case words up to two before and
 * after it, the sentence start up to two words before it, and the two tags before it.
 *
 * <p>The model's score of a tag is the sum of the weights of the features that are present, and every feature
 * depends on one word, on the position or on the tags before. So the weights a word brings, as the token or as one
 * of its neighbours, are summed once per distinct word and kept, and scoring a token adds a handful of short
 * vectors instead of building feature strings and looking each one up. The scores are the model's log-odds before
 * normalisation: the best of them is the model's most probable tag. Instances are thread-safe.
 */
final class TagScorer {
    /** The most distinct words whose weights are kept; words beyond it are summed each time they come. */
    private static final int KEPT_WORDS = 200_000;
    private static final int PREFIX_AND_SUFFIX_LENGTH = 4;
    private static final String SENTENCE_START = "S=begin";

    private final Map<String, Context> weights;
    private final String[] tags;
    /** The weights of the sentence start seen from the token itself, one word after it and two words after it. */
    private final double[][] sentenceStart;
    /** The weights of the tag before, by its index. */
    private final double[][] tagBefore;
    /** The weights of the two tags before, by {@code earlier * tags + later}. */
    private final double[][] twoTagsBefore;
    private final Map<String, WordWeights> words = new ConcurrentHashMap<>();

    /** What one word brings to the scores: as the token itself, and as the word one or two before or after it. */
    record WordWeights(double[] own, double[] oneBefore, double[] twoBefore, double[] oneAfter, double[] twoAfter) {
    }

    /** @param model a model trained with OpenNLP's default part-of-speech features */
    @SuppressWarnings("unchecked")
    TagScorer(AbstractModel model) {
        Object[] structures = model.getDataStructures();
        this.weights = (Map<String, Context>) structures[1];
        this.tags = (String[]) structures[2];
        this.sentenceStart = new double[][] {
                sum(List.of(SENTENCE_START)), sum(List.of("p1" + SENTENCE_START)), sum(List.of("p2" + SENTENCE_START))};
        this.tagBefore = new double[tags.length][];
        this.twoTagsBefore = new double[tags.length * tags.length][];
        for (int later = 0; later < tags.length; later++) {
            tagBefore[later] = sum(List.of("t=" + tags[later]));
            for (int earlier = 0; earlier < tags.length; earlier++) {
                twoTagsBefore[earlier * tags.length + later] = sum(List.of("t2=" + tags[earlier] + "," + tags[later]));
            }
        }
    }

    /** The tag with index {@code tag}. */
    String tag(int tag) {
        return tags[tag];
    }

    /** Whether the model was trained on the word itself, in any case: "Kessling" is new to it, "Visiting" is not. */
    boolean knows(String word) {
        return weights.containsKey(wordFeature(StringUtil.toLowerCase(word)));
    }

    /** The weights of each word of a sentence, looked up once per token. */
    WordWeights[] weightsOf(String[] sentence) {
        WordWeights[] found = new WordWeights[sentence.length];
        for (int i = 0; i < sentence.length; i++) {
            found[i] = weightsOf(sentence[i]);
        }
        return found;
    }

    /**
     * The index of the best tag for word {@code index} of a sentence, given the weights its words bring (see
     * {@link #weightsOf(String[])}) and the indexes of the tags decided for the words before it.
     */
    int best(WordWeights[] weights, int index, int[] tagsBefore) {
        double[] scores = new double[tags.length];
        add(scores, weights[index].own());
        if (index >= 1) {
            add(scores, weights[index - 1].oneBefore());
            add(scores, tagBefore[tagsBefore[index - 1]]);
        }
        if (index >= 2) {
            add(scores, weights[index - 2].twoBefore());
            add(scores, twoTagsBefore[tagsBefore[index - 2] * tags.length + tagsBefore[index - 1]]);
        }
        if (index + 1 < weights.length) {
            add(scores, weights[index + 1].oneAfter());
        }
        if (index + 2 < weights.length) {
            add(scores, weights[index + 2].twoAfter());
        }
        if (index < sentenceStart.length) {
            add(scores, sentenceStart[index]);
        }
        int best = 0;
        for (int tag = 1; tag < scores.length; tag++) {
            best = scores[tag] > scores[best] ? tag : best;
        }
        return best;
    }

    private WordWeights weightsOf(String word) {
        WordWeights known = words.get(word);
        if (known == null) {
            known = sumWeights(word);
            if (words.size() < KEPT_WORDS) {
                words.put(word, known);
            }
        }
        return known;
    }

    private WordWeights sumWeights(String word) {
        String lower = StringUtil.toLowerCase(word);
        String wordClass = FeatureGeneratorUtil.tokenFeature(word);
        List<String> own = new ArrayList<>();
        own.add("def");
        int affixes = Math.min(PREFIX_AND_SUFFIX_LENGTH, word.length());
        for (int length = 1; length <= affixes; length++) {
            own.add("suf=" + word.substring(word.length() - length));
        }
        for (int length = 1; length <= affixes; length++) {
            own.add("pre=" + word.substring(0, length));
        }
        own.add(wordFeature(lower));
        own.add("wc=" + wordClass);
        own.add("w&c=" + lower + "," + wordClass);
        return new WordWeights(sum(own), sum(List.of("p1w=" + lower)), sum(List.of("p2w=" + lower)),
                sum(List.of("n1w=" + lower)), sum(List.of("n2w=" + lower)));
    }

    /** The feature of the word itself, in lower case. */
    private static String wordFeature(String lower) {
        return "w=" + lower;
    }

    /** The summed weights of {@code features} for every tag, or {@code null} when the model knows none of them. */
    private double[] sum(List<String> features) {
        double[] sum = null;
        for (String feature : features) {
            Context context = weights.get(feature);
            if (context != null) {
                sum = sum == null ? new double[tags.length] : sum;
                int[] outcomes = context.getOutcomes();
                double[] parameters = context.getParameters();
                for (int i = 0; i < outcomes.length; i++) {
                    sum[outcomes[i]] += parameters[i];
                }
            }
        }
        return sum;
    }

    private static void add(double[] scores, double[] weights) {
        if (weights != null) {
            for (int tag = 0; tag < scores.length; tag++) {
                scores[tag] += weights[tag];
            }
        }
    }
}
