package org.claimcheck.benchmarks.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.claimcheck.benchmarks.CorpusGenerator;
import org.claimcheck.core.extract.ClaimExtractor;
import org.claimcheck.core.extract.StandardExtractor;
import org.claimcheck.core.extract.date.DateParser;
import org.claimcheck.core.extract.quantity.QuantityScanner;
import org.claimcheck.core.model.Claim;
import org.claimcheck.core.source.ArticleReader;
import org.claimcheck.core.source.Document;
import org.claimcheck.core.source.InputException;
import org.claimcheck.core.text.SentenceSplitter;
import org.claimcheck.core.text.Tagger;
import org.claimcheck.rules.CheckResult;
import org.claimcheck.rules.Claimcheck;
import org.claimcheck.rules.check.Baseline;
import org.claimcheck.rules.check.RuleEngine;
import org.claimcheck.rules.check.Suppressions;
import org.claimcheck.rules.config.RulesConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmarks of the hot paths, on one typical generated article and its sentences: sentence splitting against
 * the OpenNLP sentence detector alone (the baseline), tagging a sentence, scanning it for numbers and dates,
 * extracting a whole article, and the rule engine on the claims of 1,000 articles. Run with
 * {@code benchmarks/run jmh [REGEX]}; with three short iterations in one fork the error bars are wide, so compare
 * scores of one run only.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class HotPathBenchmarks {
    private static final String SENTENCE = "A chemical fire struck Thorncombe in the Greyhaven region on March 25, "
            + "and nearly 61 people were injured, the Greyhaven fire service said.";

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final Tagger tagger = new Tagger();
    private final QuantityScanner quantities = new QuantityScanner();
    private final DateParser dates = new DateParser();
    private final ClaimExtractor extractor = StandardExtractor.create();
    private Document article;
    private CheckResult thousandArticles;
    private RuleEngine engine;

    @Setup
    public void setUp() throws IOException, InputException {
        Path dir = Path.of("target", "bench-jmh");
        if (!Files.isRegularFile(dir.resolve(CorpusGenerator.PLANTED))) {
            new CorpusGenerator(11).write(dir, 1000);
        }
        Path file = dir.resolve("article-000000.md");
        article = new ArticleReader().read(file, file.toString()).documents().get(0);
        thousandArticles = Claimcheck.check(List.of(dir));
        engine = new RuleEngine(RulesConfig.defaults());
    }

    /** The baseline: OpenNLP's sentence detector alone on the article. */
    @Benchmark
    public int sentenceDetectorAlone() {
        return splitter.countModelSentences(article.body().text());
    }

    @Benchmark
    public int sentenceSplitting() {
        return splitter.split(article.body().text()).size();
    }

    /** Tagging one sentence; {@code tagAnew} is not public, so the sentence varies to miss the tagger's cache. */
    @Benchmark
    public int taggingASentence() {
        return tagger.tag(SENTENCE + System.nanoTime()).size();
    }

    @Benchmark
    public int scanningASentenceForNumbers() {
        return quantities.scan(SENTENCE).size();
    }

    @Benchmark
    public int parsingASentenceForDates() {
        return dates.parse(SENTENCE).size();
    }

    /**
     * Extracting the same article again and again: the tagger remembers the article's sentences after the first
     * time, so this is the cost of everything but tagging, which {@link #taggingASentence} measures.
     */
    @Benchmark
    public List<Claim> extractingAnArticleWithItsTagsRemembered() {
        return extractor.extract(article);
    }

    @Benchmark
    public int ruleEngineOnAThousandArticles() {
        return engine.check(thousandArticles.documents(), thousandArticles.claims(), new Suppressions(),
                Baseline.empty()).size();
    }
}
