package org.claimcheck.core.extract.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import org.claimcheck.core.model.Dimension;
import org.claimcheck.core.model.Qualifier;

/**
 * Finds the numbers of one sentence with their hedge, scale, range and unit, without any language model: "nearly
 * 400 square miles", "$ 2.5 billion", "€40m", "12 per cent", "between 10 and 15", "More than a dozen", "dozens".
 * Numbers that are not quantities (years, days of dates, clock times, identifiers, labels, list numbers, pagination,
 * the pronoun "one") are skipped. The scan is one pass over the sentence's lexemes with bounded look-around, so it
 * runs in linear time; instances are stateless and thread-safe.
 */
public final class QuantityScanner {
    /** The most words a spelled-out number is read from ("seven hundred and seventy-seven thousand ..."). */
    private static final int MAX_NUMBER_WORDS = 16;

    /** The quantities of {@code sentence}, in text order, with offsets into it. */
    public List<ScannedQuantity> scan(String sentence) {
        List<Lexeme> lexemes = Lexer.lex(sentence);
        List<ScannedQuantity> found = new ArrayList<>();
        int i = 0;
        while (i < lexemes.size()) {
            Reader reader = new Reader(lexemes, i);
            ScannedQuantity quantity = reader.read();
            if (quantity != null) {
                found.add(quantity);
                i = reader.next;
            } else {
                i++;
            }
        }
        return found;
    }

    /** A numeral read at one lexeme: its value, the index after it, and how it was written. */
    private record Numeral(double value, int start, int end, boolean spelled, boolean vague) {
    }

    /** Reads one quantity starting at one lexeme; one instance per attempt. */
    private static final class Reader {
        private final List<Lexeme> lex;
        private final int first;
        private int next;

        Reader(List<Lexeme> lex, int first) {
            this.lex = lex;
            this.first = first;
            this.next = first;
        }

        ScannedQuantity read() {
            int k = first;
            Hedges.Match hedge = Hedges.before(lex, k);
            if (hedge != null) {
                k += hedge.length();
            }
            boolean between = k < lex.size() && lex.get(k).is("between");
            if (between) {
                k++;
            }
            UnitCatalog.Match currency = k < lex.size() ? UnitCatalog.currencyBefore(lex, k) : null;
            if (currency != null) {
                k += currency.length();
            }
            Numeral number = numeralAt(k, currency != null);
            if (number == null || excluded(number, hedge)) {
                return null;
            }
            k = number.end();
            double scale = scaleAt(k, currency != null);
            if (scale != 1) {
                k++;
            }
            double value = number.value() * scale;
            double upper = value;
            Numeral second = rangeEnd(number, k, between);
            if (second != null) {
                k = second.end();
                double secondScale = scaleAt(k, currency != null);
                if (secondScale != 1) {
                    k++;
                    value = scale == 1 ? number.value() * secondScale : value;
                }
                upper = second.value() * (secondScale != 1 ? secondScale : scale);
            } else if (between) {
                return null;
            }
            boolean scaled = scale != 1 || value != number.value();
            MeasureUnit unit = currency != null ? currency.unit() : null;
            int unitStart = k;
            if (unit == null) {
                UnitCatalog.Match after = unitAt(k, scaled);
                if (after != null) {
                    unit = after.unit();
                    k = unitStart + (lex.get(k).isDash() ? 1 : 0) + after.length();
                } else if (hyphenatedWordAt(k)) {
                    return null;
                }
            }
            if (!number.spelled() && k == number.end() && NumberContext.gluedWordAt(lex, k)) {
                return null;
            }
            if (NumberContext.precedesMonth(lex, k) || NumberContext.isClockTime(lex, k)) {
                return null;
            }
            boolean yearLike = !number.spelled() && NumberContext.isYearLike(lex.get(number.start()));
            if (yearLike && hedge == null && unit == null && !scaled
                    && !NumberContext.yearLikeCounts(lex, number.start())) {
                return null;
            }
            Qualifier qualifier = hedge != null ? hedge.qualifier() : Qualifier.EXACT;
            if (hedge == null) {
                Hedges.Match trailing = Hedges.after(lex, k);
                if (trailing != null) {
                    qualifier = trailing.qualifier();
                    k += trailing.length();
                } else if (number.vague()) {
                    qualifier = Qualifier.MORE_THAN;
                }
            }
            next = k;
            return build(value, upper, qualifier, unit, number);
        }

        private ScannedQuantity build(double value, double upper, Qualifier qualifier, MeasureUnit unit,
                                      Numeral number) {
            int start = lex.get(first).start();
            int end = lex.get(next - 1).end();
            boolean requiresNoun = number.spelled() && number.end() - number.start() == 1
                    && lex.get(number.start()).is("one");
            if (unit == null) {
                return new ScannedQuantity(start, end, value, upper, qualifier, Dimension.COUNT, null, value, upper,
                        requiresNoun);
            }
            double stated = value * unit.valueFactor();
            double statedUpper = upper * unit.valueFactor();
            return new ScannedQuantity(start, end, stated, statedUpper, qualifier, unit.dimension(),
                    unit.canonical(), unit.toBase(stated), unit.toBase(statedUpper), false);
        }

        private Numeral numeralAt(int k, boolean afterCurrency) {
            if (k >= lex.size()) {
                return null;
            }
            Lexeme lexeme = lex.get(k);
            if (lexeme.isNumber()) {
                OptionalDouble value = Numerals.parse(lexeme.text());
                return value.isPresent() ? new Numeral(value.getAsDouble(), k, k + 1, false, false) : null;
            }
            if (!lexeme.isWord() || afterCurrency) {
                return null;
            }
            List<String> words = new ArrayList<>();
            for (int p = k; p < lex.size() && p < k + MAX_NUMBER_WORDS && lex.get(p).isWord(); p++) {
                words.add(lex.get(p).lower());
            }
            NumberWords.Reading reading = NumberWords.read(words, 0);
            return reading == null ? null
                    : new Numeral(reading.value(), k, k + reading.length(), true, reading.vague());
        }

        private boolean excluded(Numeral number, Hedges.Match hedge) {
            int at = number.start();
            if (NumberContext.followsMonth(lex, at)) {
                return true;
            }
            if (number.spelled()) {
                return lex.get(at).is("one") && number.end() == at + 1 && hedge == null
                        && NumberContext.isPronounOne(lex, at, number.end());
            }
            return NumberContext.excludesDigits(lex, at);
        }

        /** The multiplier of a scale word at {@code k}: "million", "bn"; "m" and "k" only after a currency. */
        private double scaleAt(int k, boolean money) {
            if (k >= lex.size() || !lex.get(k).isWord()) {
                return 1;
            }
            String word = lex.get(k).lower();
            double scale = NumberWords.scaleOf(word);
            if (scale > 0) {
                return scale;
            }
            switch (word) {
                case "bn", "bln" -> scale = 1e9;
                case "mn", "mln" -> scale = 1e6;
                case "tn", "trn" -> scale = 1e12;
                case "m", "k", "b" -> scale = money || currencyFollows(k + 1) ? moneyScale(word) : 1;
                default -> scale = 1;
            }
            return scale;
        }

        private static double moneyScale(String word) {
            return switch (word.toLowerCase(Locale.ROOT)) {
                case "m" -> 1e6;
                case "b" -> 1e9;
                default -> 1e3;
            };
        }

        private boolean currencyFollows(int k) {
            UnitCatalog.Match unit = k < lex.size() ? UnitCatalog.unitAfter(lex, k, true) : null;
            return unit != null && unit.unit().dimension() == Dimension.MONEY;
        }

        /** The second number of "10 to 15", "10-15" or "between 10 and 15", or {@code null}. */
        private Numeral rangeEnd(Numeral number, int k, boolean between) {
            if (k + 1 >= lex.size()) {
                return null;
            }
            Lexeme joiner = lex.get(k);
            boolean dash = joiner.isDash() && !joiner.spaced() && !lex.get(k + 1).spaced() && !number.spelled();
            boolean to = joiner.is("to") && !between && !(first > 0 && lex.get(first - 1).is("from"));
            boolean and = joiner.is("and") && between;
            if (!dash && !to && !and) {
                return null;
            }
            int secondStart = k + 1;
            if (!dash && UnitCatalog.currencyBefore(lex, secondStart) != null) {
                secondStart += UnitCatalog.currencyBefore(lex, secondStart).length();
            }
            Numeral second = numeralAt(secondStart, false);
            if (second == null || second.spelled() != number.spelled() || second.value() <= number.value()
                    || (!second.spelled() && NumberContext.isYearLike(lex.get(second.start())))) {
                return null;
            }
            return second;
        }

        /** A unit after the number, also joined by a hyphen ("a 10-day truce"). */
        private UnitCatalog.Match unitAt(int k, boolean scaled) {
            if (k >= lex.size()) {
                return null;
            }
            if (hyphenatedWordAt(k)) {
                return UnitCatalog.unitAfter(lex, k + 1, scaled);
            }
            return UnitCatalog.unitAfter(lex, k, scaled);
        }

        private boolean hyphenatedWordAt(int k) {
            return k + 1 < lex.size() && lex.get(k).isDash() && !lex.get(k).spaced() && !lex.get(k + 1).spaced()
                    && lex.get(k + 1).isWord();
        }
    }
}
