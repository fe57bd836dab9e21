package org.claimcheck.core.extract.quantity;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

import org.claimcheck.core.model.Dimension;
import org.claimcheck.core.model.Qualifier;

/**
 * Finds the numbers of one sentence with their hedge, scale, range and unit, without any language model: "nearly
 * 400 square miles", "$ 2.5 billion", "€40m", "12 per cent", "between 10 and 15", "More than a dozen", "dozens".
 * Numbers that are not quantities (years, days of dates, clock times, identifiers, labels, list numbers, pagination,
 * the pronoun "one") are skipped. The scan is one pass over the sentence's lexemes with bounded look-around, so it
 * runs in linear time, and a quantity is read only where a digit or number word lies close ahead; instances are
 * stateless and thread-safe.
 */
public final class QuantityScanner {
    /** The most words a spelled-out number is read from ("seven hundred and seventy-seven thousand ..."). */
    private static final int MAX_NUMBER_WORDS = 16;

    /**
     * The most lexemes between the start of a quantity and its first digit or number word: the longest hedge,
     * "between", the longest currency and the "half a" a spelled number may start with.
     */
    private static final int REACH = Hedges.LONGEST_BEFORE + 1 + UnitCatalog.LONGEST_PREFIX
            + NumberWords.WORDS_BEFORE_FIRST_NUMBER_WORD;

    /** The shortest word a count can be joined to by a hyphen as what it counts ("62-car", not "3-D"). */
    private static final int MIN_COUNTED_WORD = 3;
    /** Words after a number and a hyphen that count nothing: "a 10-fold rise", "a 2-to-1 margin". */
    private static final Set<String> NOT_COUNTED = Set.of("fold", "way", "off", "odd", "plus", "something", "time",
            "for", "to", "and", "or", "in", "of", "on", "by", "old", "style", "era", "based", "like", "long", "high",
            "wide", "deep", "tall");
    /** The word after a hyphen that makes a count the size of the group after it: "a 125-strong fleet". */
    private static final String GROUP_SIZE = "strong";

    /** The quantities of {@code sentence}, in text order, with offsets into it. */
    public List<ScannedQuantity> scan(String sentence) {
        List<Lexeme> lexemes = Lexer.lex(sentence);
        int[] nextNumber = nextNumbers(lexemes);
        List<ScannedQuantity> found = new ArrayList<>();
        int i = 0;
        while (i < lexemes.size()) {
            if (nextNumber[i] - i > REACH) {
                i = nextNumber[i] - REACH;
                continue;
            }
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

    /**
     * For each lexeme, the index of the first digits or number word at or after it; past the end (by more than
     * {@link #REACH}) when there is none. A quantity can start only within {@link #REACH} lexemes before one.
     */
    private static int[] nextNumbers(List<Lexeme> lexemes) {
        int n = lexemes.size();
        int[] next = new int[n];
        int following = n + REACH + 1;
        for (int k = n - 1; k >= 0; k--) {
            Lexeme lexeme = lexemes.get(k);
            if (lexeme.isNumber() || lexeme.isWord() && NumberWords.isNumberWord(lexeme.lower())) {
                following = k;
            }
            next[k] = following;
        }
        return next;
    }

    /** A numeral read at one lexeme: its value, the index after it, and how it was written. */
    private record Numeral(double value, int start, int end, boolean spelled, boolean vague) {
    }

    /** Reads one quantity starting at one lexeme, step by step; one instance per attempt. */
    private static final class Reader {
        private final List<Lexeme> lex;
        private final int first;
        private int next;
        private Hedges.Match hedge;
        private boolean between;
        private UnitCatalog.Match currency;
        private boolean negative;
        private double value;
        private double upper;
        private boolean scaled;
        private MeasureUnit unit;
        /** What a count joined to its noun by a hyphen counts: "seat" of "an 18,000-seat stand". */
        private String countedWord;

        Reader(List<Lexeme> lex, int first) {
            this.lex = lex;
            this.first = first;
            this.next = first;
        }

        /** The quantity starting at the first lexeme, or {@code null}; {@link #next} is the lexeme after it. */
        ScannedQuantity read() {
            ScannedQuantity tally = VoteTally.at(lex, first);
            if (tally != null) {
                next = first + VoteTally.LEXEMES;
                return tally;
            }
            readPrefix();
            Numeral number = numeralAt(next, currency != null);
            if (number == null || excluded(number) || !readValue(number) || !readUnit() || !signFits()) {
                return null;
            }
            if (notAQuantity(number)) {
                return null;
            }
            ScannedQuantity quantity = build(readQualifier(number), number);
            return representable(quantity) ? quantity : null;
        }

        /** Whether every value is a finite double: a number scaled or converted past that range is no quantity. */
        private static boolean representable(ScannedQuantity quantity) {
            return Double.isFinite(quantity.value()) && Double.isFinite(quantity.upper())
                    && Double.isFinite(quantity.baseValue()) && Double.isFinite(quantity.baseUpper());
        }

        /** Hedge, "between" and currency symbol, each optional. */
        private void readPrefix() {
            hedge = Hedges.before(lex, next);
            if (hedge != null) {
                next += hedge.length();
            }
            between = next < lex.size() && lex.get(next).is("between");
            if (between) {
                next++;
            }
            currency = next < lex.size() ? UnitCatalog.currencyBefore(lex, next) : null;
            if (currency != null) {
                next += currency.length();
            }
            negative = currency == null && !between && isMinusAt(next);
            if (negative) {
                next++;
            }
        }

        /**
         * A minus before a number: the word "minus", or a minus sign or hyphen that stands against the number but
         * apart from the word before it ("-12C", "\u221212C"; not the "10-12" of a range).
         */
        private boolean isMinusAt(int k) {
            if (k + 1 >= lex.size() || lex.get(k + 1).spaced() && !lex.get(k).is("minus")) {
                return false;
            }
            Lexeme sign = lex.get(k);
            boolean apart = k == 0 || sign.spaced() || lex.get(k - 1).isSymbol('(');
            return sign.is("minus") || apart && (sign.isSymbol('-') || sign.isSymbol('\u2212'));
        }

        /**
         * Applies a minus read before the number; false when the quantity cannot be below zero (only temperatures
         * and percentages can), so the scan reads the number again without it.
         */
        private boolean signFits() {
            if (!negative) {
                return true;
            }
            if (unit == null || unit.dimension() != Dimension.TEMPERATURE && unit.dimension() != Dimension.PERCENT) {
                return false;
            }
            upper = upper == value ? -value : upper;
            value = -value;
            return true;
        }

        /**
         * The number with its scale word and the end of its range; false when "between" finds no "and". A range
         * whose top, scales applied, is not above its bottom ("$2.5bn to $340m") is none: the first number stands
         * alone.
         */
        private boolean readValue(Numeral number) {
            next = number.end();
            int scaleWord = scaleWordAt(next);
            double scale = scaleAt(scaleWord, currency != null);
            if (scale != 1) {
                next = scaleWord + 1;
            }
            value = number.value() * scale;
            upper = value;
            scaled = scale != 1;
            Numeral second = rangeEnd(number, next);
            if (second == null) {
                return !between;
            }
            int secondEnd = second.end();
            int secondScaleWord = scaleWordAt(secondEnd);
            double secondScale = scaleAt(secondScaleWord, currency != null);
            if (secondScale != 1) {
                secondEnd = secondScaleWord + 1;
            }
            double bottom = scale == 1 && secondScale != 1 ? number.value() * secondScale : value;
            double top = second.value() * (secondScale != 1 ? secondScale : scale);
            if (top <= bottom) {
                return !between;
            }
            next = secondEnd;
            value = bottom;
            upper = top;
            scaled = scale != 1 || secondScale != 1;
            return true;
        }

        /**
         * The unit after the number unless a currency stood before it, or the word a count is joined to by a hyphen
         * ("an 18,000-seat stand", "a 62-car train"; "a 125-strong fleet" is the fleet's size); false for a hyphen
         * before a word that counts nothing ("a 10-fold rise", "a 2-to-1 margin").
         */
        private boolean readUnit() {
            unit = currency != null ? currency.unit() : null;
            if (unit != null) {
                return true;
            }
            UnitCatalog.Match after = unitAt(next);
            if (after != null) {
                unit = after.unit();
                next += (lex.get(next).isDash() ? 1 : 0) + after.length();
                return true;
            }
            if (!hyphenatedWordAt(next)) {
                return true;
            }
            String word = lex.get(next + 1).lower();
            if (word.length() < MIN_COUNTED_WORD || NOT_COUNTED.contains(word)
                    || !word.chars().allMatch(Character::isLetter)) {
                return false;
            }
            countedWord = word.equals(GROUP_SIZE) ? null : word;
            next += 2;
            return true;
        }

        /** Identifiers ("5G", "3-1"), days before a month ("6 August"), clock times ("10 am") and bare years. */
        private boolean notAQuantity(Numeral number) {
            if (!number.spelled() && next == number.end() && NumberContext.gluedWordAt(lex, next)
                    || NumberContext.joinsAnotherNumber(lex, next)) {
                return true;
            }
            if (NumberContext.precedesMonth(lex, next) || NumberContext.isClockTime(lex, next)) {
                return true;
            }
            boolean yearLike = !number.spelled() && NumberContext.isYearLike(lex.get(number.start()));
            return yearLike && hedge == null && unit == null && !scaled
                    && !NumberContext.yearLikeCounts(lex, number.start());
        }

        /** The hedge before, else one after ("or more"), else "more than" for vague plurals. */
        private Qualifier readQualifier(Numeral number) {
            if (hedge != null) {
                return hedge.qualifier();
            }
            Hedges.Match trailing = Hedges.after(lex, next);
            if (trailing != null) {
                next += trailing.length();
                return trailing.qualifier();
            }
            return number.vague() ? Qualifier.MORE_THAN : Qualifier.EXACT;
        }

        private ScannedQuantity build(Qualifier qualifier, Numeral number) {
            int start = lex.get(first).start();
            int end = lex.get(next - 1).end();
            boolean requiresNoun = number.spelled() && number.end() - number.start() == 1
                    && lex.get(number.start()).is("one");
            if (unit == null) {
                return new ScannedQuantity(start, end, value, upper, qualifier, Dimension.COUNT, countedWord, value,
                        upper, requiresNoun);
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
                OptionalDouble parsed = Numerals.parse(lexeme.text());
                return parsed.isPresent() ? new Numeral(parsed.getAsDouble(), k, k + 1, false, false) : null;
            }
            if (!lexeme.isWord() || afterCurrency) {
                return null;
            }
            NumberWords.Reading reading = NumberWords.read(wordsFrom(k), 0);
            return reading == null ? null
                    : new Numeral(reading.value(), k, k + reading.length(), true, reading.vague());
        }

        /** The lower-case words from lexeme {@code k} on, up to the first other lexeme: a view, nothing copied. */
        private List<String> wordsFrom(int k) {
            int end = k;
            while (end < lex.size() && end < k + MAX_NUMBER_WORDS && lex.get(end).isWord()) {
                end++;
            }
            int size = end - k;
            return new AbstractList<>() {
                @Override
                public String get(int index) {
                    return lex.get(k + Objects.checkIndex(index, size)).lower();
                }

                @Override
                public int size() {
                    return size;
                }
            };
        }

        private boolean excluded(Numeral number) {
            int at = number.start();
            if (NumberContext.followsMonth(lex, at) || NumberContext.isAge(lex, at)) {
                return true;
            }
            if (number.spelled()) {
                return lex.get(at).is("one") && number.end() == at + 1 && hedge == null
                        && NumberContext.isPronounOne(lex, at, number.end());
            }
            return NumberContext.excludesDigits(lex, at);
        }

        /**
         * Where the scale word of a number ending before {@code k} may stand: at {@code k}, or after a hyphen when a
         * scale word joins the number as a modifier ("a $61-million deficit").
         */
        private int scaleWordAt(int k) {
            return hyphenatedWordAt(k) && NumberWords.scaleOf(lex.get(k + 1).lower()) > 0 ? k + 1 : k;
        }

        /** The multiplier of a scale word at {@code k}: "million", "bn"; "m", "k" and "b" only for money. */
        private double scaleAt(int k, boolean money) {
            if (k >= lex.size() || !lex.get(k).isWord()) {
                return 1;
            }
            String word = lex.get(k).lower();
            double scale = NumberWords.scaleOf(word);
            if (scale > 0) {
                return scale;
            }
            boolean moneyHere = money || currencyFollows(k + 1);
            return switch (word) {
                case "bn", "bln" -> 1e9;
                case "mn", "mln" -> 1e6;
                case "tn", "trn" -> 1e12;
                case "m" -> moneyHere ? 1e6 : 1;
                case "k" -> moneyHere ? 1e3 : 1;
                case "b" -> moneyHere ? 1e9 : 1;
                default -> 1;
            };
        }

        private boolean currencyFollows(int k) {
            UnitCatalog.Match after = k < lex.size() ? UnitCatalog.unitAfter(lex, k, true) : null;
            return after != null && after.unit().dimension() == Dimension.MONEY;
        }

        /** The second number of "10 to 15", "10-15" or "between 10 and 15", or {@code null}. */
        private Numeral rangeEnd(Numeral number, int k) {
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
        private UnitCatalog.Match unitAt(int k) {
            if (k >= lex.size()) {
                return null;
            }
            return UnitCatalog.unitAfter(lex, hyphenatedWordAt(k) ? k + 1 : k, scaled);
        }

        private boolean hyphenatedWordAt(int k) {
            return k + 1 < lex.size() && lex.get(k).isDash() && !lex.get(k).spaced() && !lex.get(k + 1).spaced()
                    && lex.get(k + 1).isWord();
        }
    }
}
