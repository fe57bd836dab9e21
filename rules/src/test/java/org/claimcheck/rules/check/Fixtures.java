package org.claimcheck.rules.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.claimcheck.core.model.Amount;
import org.claimcheck.core.model.AttributionClaim;
import org.claimcheck.core.model.Claim;
import org.claimcheck.core.model.CountedNoun;
import org.claimcheck.core.model.DateClaim;
import org.claimcheck.core.model.Dimension;
import org.claimcheck.core.model.DocumentInfo;
import org.claimcheck.core.model.EventContext;
import org.claimcheck.core.model.Mention;
import org.claimcheck.core.model.PartialDate;
import org.claimcheck.core.model.QuantityClaim;
import org.claimcheck.core.model.Qualifier;
import org.claimcheck.core.model.Span;
import org.claimcheck.rules.Finding;
import org.claimcheck.rules.config.RulesConfig;

/** Builds small runs by hand: documents and claims as the extractor would give them. */
final class Fixtures {
    final List<DocumentInfo> documents = new ArrayList<>();
    final List<Claim> claims = new ArrayList<>();

    DocumentInfo document(String path, String date) {
        DocumentInfo info = new DocumentInfo("d" + (documents.size() + 1), path, null, null,
                date == null ? null : LocalDate.parse(date), "Test Outlet", "front-matter");
        documents.add(info);
        return info;
    }

    /** A count of {@code noun} (head lemma, capitalised modifiers before it) in an event. */
    QuantityClaim count(DocumentInfo doc, String text, double value, Qualifier qualifier, String nounPhrase,
                        String head, String predicate, List<String> places, String sentence) {
        List<String> words = List.of(nounPhrase.split(" "));
        CountedNoun noun = new CountedNoun(nounPhrase, head, words.subList(0, words.size() - 1));
        Amount amount = new Amount(value, value, qualifier, Dimension.COUNT, head, value, value);
        return add(new QuantityClaim("c" + (claims.size() + 1), mention(doc, text, sentence), amount, noun,
                context(predicate, places, sentence, null)));
    }

    /** A count joined by a hyphen to the word it counts, describing the noun after it: "a 62-car train". */
    QuantityClaim countOf(DocumentInfo doc, String text, double value, String counted, String head, String sentence) {
        Amount amount = new Amount(value, value, Qualifier.EXACT, Dimension.COUNT, counted, value, value);
        return add(new QuantityClaim("c" + (claims.size() + 1), mention(doc, text, sentence), amount,
                new CountedNoun(head, head, List.of()), context(null, List.of(), sentence, null)));
    }

    /** A count of people in an event dated {@code time} (ISO, as precise as stated). */
    QuantityClaim peopleAt(DocumentInfo doc, String text, double value, String predicate, String time,
                           String sentence) {
        Amount amount = new Amount(value, value, Qualifier.EXACT, Dimension.COUNT, "people", value, value);
        return add(new QuantityClaim("c" + (claims.size() + 1), mention(doc, text, sentence), amount,
                new CountedNoun("people", "people", List.of()), context(predicate, List.of(), sentence, time)));
    }

    /** An area in square miles or square kilometres. */
    QuantityClaim area(DocumentInfo doc, String text, double value, Qualifier qualifier, String unit,
                       String predicate, String sentence) {
        double perUnit = unit.equals("mi2") ? 2_589_988.110336 : 1_000_000;
        Amount amount = new Amount(value, value, qualifier, Dimension.AREA, unit, value * perUnit, value * perUnit);
        return add(new QuantityClaim("c" + (claims.size() + 1), mention(doc, text, sentence), amount,
                CountedNoun.none(), context(predicate, List.of(), sentence, null)));
    }

    /** A length of {@code metresPerUnit} metres a unit, of what {@code measured} names, or of nothing it says. */
    QuantityClaim length(DocumentInfo doc, String text, double value, String unit, double metresPerUnit,
                         String measured, String sentence) {
        return length(doc, text, value, unit, metresPerUnit, measured, null, sentence);
    }

    /** The same in an event of class {@code predicate}. */
    QuantityClaim length(DocumentInfo doc, String text, double value, String unit, double metresPerUnit,
                         String measured, String predicate, String sentence) {
        Amount amount = new Amount(value, value, Qualifier.EXACT, Dimension.LENGTH, unit, value * metresPerUnit,
                value * metresPerUnit);
        CountedNoun noun = measured == null ? CountedNoun.none() : new CountedNoun(measured, measured, List.of());
        return add(new QuantityClaim("c" + (claims.size() + 1), mention(doc, text, sentence), amount, noun,
                context(predicate, List.of(), sentence, null)));
    }

    /**
     * A percentage of what {@code measured} names (a lemma), or of nothing the sentence says when it is null, in an
     * event of class {@code predicate} (or none).
     */
    QuantityClaim percent(DocumentInfo doc, String text, double value, String measured, String predicate,
                          String sentence) {
        Amount amount = new Amount(value, value, Qualifier.EXACT, Dimension.PERCENT, "%", value, value);
        CountedNoun noun = measured == null ? CountedNoun.none() : new CountedNoun(measured, measured, List.of());
        return add(new QuantityClaim("c" + (claims.size() + 1), mention(doc, text, sentence), amount, noun,
                context(predicate, List.of(), sentence, null)));
    }

    /** A temperature in degrees Celsius ("degC") or Fahrenheit ("degF") with an event of class {@code predicate}. */
    QuantityClaim temperature(DocumentInfo doc, String text, double value, String unit, String predicate,
                              String sentence) {
        double kelvin = (unit.equals("degF") ? (value - 32) * 5 / 9 : value) + 273.15;
        Amount amount = new Amount(value, value, Qualifier.EXACT, Dimension.TEMPERATURE, unit, kelvin, kelvin);
        return add(new QuantityClaim("c" + (claims.size() + 1), mention(doc, text, sentence), amount,
                CountedNoun.none(), context(predicate, List.of(), sentence, null)));
    }

    /** An amount of euros. */
    QuantityClaim euros(DocumentInfo doc, String text, double value, String predicate, String sentence) {
        Amount amount = new Amount(value, value, Qualifier.EXACT, Dimension.MONEY, "EUR", value, value);
        return add(new QuantityClaim("c" + (claims.size() + 1), mention(doc, text, sentence), amount,
                CountedNoun.none(), context(predicate, List.of(), sentence, null)));
    }

    /** An amount of euros that its sentence says is a {@code measured} (a lemma), or says nothing of when null. */
    QuantityClaim eurosOf(DocumentInfo doc, String text, double value, String measured, String sentence) {
        Amount amount = new Amount(value, value, Qualifier.EXACT, Dimension.MONEY, "EUR", value, value);
        CountedNoun noun = measured == null ? CountedNoun.none() : new CountedNoun(measured, measured, List.of());
        return add(new QuantityClaim("c" + (claims.size() + 1), mention(doc, text, sentence), amount, noun,
                context(null, List.of(), sentence, null)));
    }

    DateClaim date(DocumentInfo doc, String text, String iso, String relation, String predicate, String sentence) {
        return date(doc, text, iso, relation, false, predicate, sentence);
    }

    /** A date resolved against its article's publication date: "on Wednesday", "yesterday". */
    DateClaim relativeDate(DocumentInfo doc, String text, String iso, String relation, String predicate,
                           String sentence) {
        return date(doc, text, iso, relation, true, predicate, sentence);
    }

    private DateClaim date(DocumentInfo doc, String text, String iso, String relation, boolean relative,
                           String predicate, String sentence) {
        return add(new DateClaim("c" + (claims.size() + 1), mention(doc, text, sentence), PartialDate.parse(iso),
                relation, relative, true, doc.date(), context(predicate, List.of(), sentence, null)));
    }

    AttributionClaim quote(DocumentInfo doc, String quote, String speaker, String outlet, String sentence) {
        return add(new AttributionClaim("c" + (claims.size() + 1), mention(doc, quote, sentence), speaker,
                speaker, null, "say", outlet, quote, true));
    }

    /**
     * A direct quotation whose speaker is named at file offset {@code speakerAt}: the sentences of one quotation share
     * it.
     */
    AttributionClaim quote(DocumentInfo doc, String quote, String speaker, int speakerAt, String sentence) {
        Span speakerSpan = new Span(speakerAt, speakerAt + speaker.length(), 1, speakerAt + 1);
        return add(new AttributionClaim("c" + (claims.size() + 1), mention(doc, quote, sentence), speaker,
                speaker, speakerSpan, "say", null, quote, true));
    }

    List<Finding> check(RulesConfig config) {
        return new RuleEngine(config).check(documents, claims, new Suppressions(), Baseline.empty());
    }

    List<Finding> check() {
        return check(RulesConfig.defaults());
    }

    private <T extends Claim> T add(T claim) {
        claims.add(claim);
        return claim;
    }

    /** Each claim on a line of its own, but claims given the same sentence of one document share its line. */
    private Mention mention(DocumentInfo doc, String text, String sentence) {
        int start = Math.max(0, sentence.indexOf(text));
        int line = claims.size() + 1;
        for (Claim claim : claims) {
            if (claim.mention().documentId().equals(doc.id()) && claim.mention().sentence().equals(sentence)) {
                line = claim.mention().span().line();
            }
        }
        return new Mention(doc.id(), doc.path(), new Span(start, start + text.length(), line, start + 1), text,
                sentence, new Span(0, sentence.length(), line, 1));
    }

    private static EventContext context(String predicate, List<String> places, String sentence, String time) {
        List<String> keywords = new ArrayList<>();
        for (String word : sentence.toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
            if (word.length() > 3 && !keywords.contains(word)) {
                keywords.add(word);
            }
        }
        return new EventContext(predicate, List.of(), places, keywords, time);
    }
}
