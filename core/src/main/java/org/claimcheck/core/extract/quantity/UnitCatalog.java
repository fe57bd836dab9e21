package org.claimcheck.core.extract.quantity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.measure.Unit;
import javax.measure.quantity.Area;
import javax.measure.quantity.Energy;

import org.claimcheck.core.model.Dimension;

import systems.uom.common.USCustomary;
import tech.units.indriya.unit.Units;

/**
 * The units and currencies the scanner recognizes, with the ways reporters write them. Currencies may stand before
 * the number ({@code $}, {@code US$}, {@code €}, {@code USD}) or after it ("dollars", "euros"); measures stand
 * after it ("square miles", "sq mi", "km²", "hectares", "kg", "per cent"). Forms are matched lexeme by lexeme,
 * longest first; forms of one or two characters must match case exactly ("m" is metres, "M" is not).
 */
final class UnitCatalog {
    /** A unit found in the text and how many lexemes its form covers. */
    record Match(MeasureUnit unit, int length) {
    }

    private record Form(List<Lexeme> lexemes, MeasureUnit unit) {
    }

    private static final Unit<Area> SQUARE_MILE = USCustomary.MILE.multiply(USCustomary.MILE).asType(Area.class);
    private static final Unit<Area> SQUARE_KILOMETRE =
            Units.METRE.multiply(1000).multiply(Units.METRE.multiply(1000)).asType(Area.class);

    private static final Unit<Energy> KILOWATT_HOUR = Units.JOULE.multiply(3.6e6).asType(Energy.class);

    private static final MeasureUnit USD = money("USD", 1);
    private static final MeasureUnit GBP = money("GBP", 1);
    private static final MeasureUnit POUND_MASS =
            MeasureUnit.of("lb", Dimension.MASS, 1, USCustomary.POUND);
    private static final MeasureUnit CELSIUS = MeasureUnit.of("degC", Dimension.TEMPERATURE, 1, Units.CELSIUS);
    private static final MeasureUnit FAHRENHEIT =
            MeasureUnit.of("degF", Dimension.TEMPERATURE, 1, USCustomary.FAHRENHEIT);

    /** Words that say a sentence speaks of temperatures. */
    private static final Set<String> TEMPERATURE_WORDS = Set.of("temperature", "temperatures", "mercury",
            "thermometer", "heat", "heatwave", "degrees", "high", "highs", "low", "lows", "hottest", "coldest",
            "warmest", "coolest", "frost", "celsius", "fahrenheit");

    private static final List<Form> PREFIXES = new ArrayList<>();
    private static final List<Form> SUFFIXES = new ArrayList<>();
    private static final Map<String, List<Form>> PREFIXES_BY_FIRST = new HashMap<>();
    private static final Map<String, List<Form>> SUFFIXES_BY_FIRST = new HashMap<>();

    static {
        prefix(USD, "$", "US$", "US $", "USD");
        prefix(money("EUR", 1), "€", "EUR");
        prefix(GBP, "£", "GBP");
        prefix(money("JPY", 1), "¥", "JPY");
        prefix(money("RUB", 1), "₽", "RUB");
        prefix(money("UAH", 1), "₴", "UAH");
        prefix(money("AUD", 1), "A$", "AU$", "AUD");
        prefix(money("CAD", 1), "C$", "CA$", "CAD");
        prefix(money("CHF", 1), "CHF");
        prefix(money("CNY", 1), "CNY");

        suffix(USD, "$", "dollars", "dollar", "US dollars", "USD");
        suffix(money("USD", 0.01), "cents", "cent");
        suffix(money("EUR", 1), "€", "euros", "euro", "EUR");
        suffix(GBP, "pounds sterling", "sterling", "GBP");
        suffix(money("GBP", 0.01), "pence");
        suffix(money("JPY", 1), "yen", "JPY");
        suffix(money("CNY", 1), "yuan", "renminbi", "CNY");
        suffix(money("RUB", 1), "roubles", "rubles", "rouble", "ruble", "RUB");
        suffix(money("UAH", 1), "hryvnias", "hryvnia", "UAH");
        suffix(money("INR", 1), "rupees", "rupee", "INR");
        suffix(money("CHF", 1), "Swiss francs", "francs", "CHF");
        suffix(money("PLN", 1), "zlotys", "zloty", "PLN");
        suffix(money("HUF", 1), "forints", "forint", "HUF");
        suffix(money("ZAR", 1), "rand", "ZAR");
        suffix(money("ILS", 1), "shekels", "shekel", "ILS");
        suffix(money("THB", 1), "baht", "THB");
        suffix(money("BRL", 1), "reais", "reals", "BRL");
        // Names several countries' currencies share: compared only with amounts in the same name.
        suffix(money("crown", 1), "crowns", "kronor", "kroner", "koruna");
        suffix(money("peso", 1), "pesos");
        suffix(money("dinar", 1), "dinars");
        suffix(money("lira", 1), "lira", "liras");

        suffix(MeasureUnit.of("percent", Dimension.PERCENT, 1, null), "%", "per cent", "percent", "pct");
        suffix(MeasureUnit.of("percentage_point", Dimension.PERCENT, 1, null),
                "percentage points", "percentage point");

        suffix(measure("mi2", Dimension.AREA, SQUARE_MILE),
                "square miles", "square mile", "sq mi", "sq. mi", "sq miles", "sq. miles", "mi2", "mi²");
        suffix(measure("km2", Dimension.AREA, SQUARE_KILOMETRE), "square kilometres", "square kilometers",
                "square kilometre", "square kilometer", "sq km", "sq. km", "km2", "km²");
        suffix(measure("m2", Dimension.AREA, Units.SQUARE_METRE), "square metres", "square meters",
                "square metre", "square meter", "m2", "m²");
        suffix(measure("ft2", Dimension.AREA, USCustomary.SQUARE_FOOT), "square feet", "square foot", "sq ft");
        suffix(measure("ha", Dimension.AREA, USCustomary.HECTARE), "hectares", "hectare", "ha");
        suffix(measure("acre", Dimension.AREA, USCustomary.ACRE), "acres", "acre");

        suffix(measure("km/h", Dimension.SPEED, Units.KILOMETRE_PER_HOUR), "km/h", "kph", "kilometres per hour",
                "kilometers per hour");
        suffix(measure("mph", Dimension.SPEED, USCustomary.MILE_PER_HOUR), "mph", "miles per hour");
        suffix(measure("kn", Dimension.SPEED, USCustomary.KNOT), "knots", "knot");
        suffix(measure("km", Dimension.LENGTH, Units.METRE.multiply(1000)), "kilometres", "kilometers",
                "kilometre", "kilometer", "km");
        suffix(measure("nmi", Dimension.LENGTH, USCustomary.NAUTICAL_MILE), "nautical miles", "nautical mile");
        suffix(measure("mi", Dimension.LENGTH, USCustomary.MILE), "miles", "mile", "mi");
        suffix(measure("m", Dimension.LENGTH, Units.METRE), "metres", "meters", "metre", "meter", "m");
        suffix(measure("cm", Dimension.LENGTH, Units.METRE.divide(100)), "centimetres", "centimeters", "cm");
        suffix(measure("mm", Dimension.LENGTH, Units.METRE.divide(1000)), "millimetres", "millimeters",
                "millimetre", "millimeter", "mm");
        suffix(measure("in", Dimension.LENGTH, USCustomary.INCH), "inches", "inch");
        suffix(measure("ft", Dimension.LENGTH, USCustomary.FOOT), "feet", "foot", "ft");
        suffix(measure("yd", Dimension.LENGTH, USCustomary.YARD), "yards", "yard");

        suffix(measure("kg", Dimension.MASS, Units.KILOGRAM), "kilograms", "kilogrammes", "kilogram", "kilos", "kg");
        suffix(measure("t", Dimension.MASS, Units.KILOGRAM.multiply(1000)), "metric tons", "tonnes", "tonne", "t");
        suffix(measure("ton", Dimension.MASS, USCustomary.TON), "tons", "ton");
        suffix(measure("g", Dimension.MASS, Units.GRAM), "grams", "grammes", "gram", "g");
        suffix(POUND_MASS, "pounds", "pound", "lbs", "lb");

        suffix(measure("s", Dimension.DURATION, Units.SECOND), "seconds", "second");
        suffix(measure("min", Dimension.DURATION, Units.MINUTE), "minutes", "minute", "mins", "min");
        suffix(measure("h", Dimension.DURATION, Units.HOUR), "hours", "hour", "hrs");
        suffix(measure("day", Dimension.DURATION, Units.DAY), "days", "day");
        suffix(measure("week", Dimension.DURATION, Units.WEEK), "weeks", "week");
        suffix(measure("month", Dimension.DURATION, Units.MONTH), "months", "month");
        suffix(measure("year", Dimension.DURATION, Units.YEAR), "years", "year");

        suffix(measure("l", Dimension.VOLUME, Units.LITRE), "litres", "liters", "litre", "liter");
        suffix(measure("m3", Dimension.VOLUME, Units.CUBIC_METRE), "cubic metres", "cubic meters", "cubic metre",
                "cubic meter", "m3", "m³");
        suffix(measure("gal", Dimension.VOLUME, USCustomary.GALLON_LIQUID), "gallons", "gallon");
        suffix(measure("bbl", Dimension.VOLUME, USCustomary.BARREL), "barrels", "barrel");

        suffix(measure("GW", Dimension.POWER, Units.WATT.multiply(1e9)), "gigawatts", "gigawatt", "GW");
        suffix(measure("MW", Dimension.POWER, Units.WATT.multiply(1e6)), "megawatts", "megawatt", "MW");
        suffix(measure("kW", Dimension.POWER, Units.WATT.multiply(1e3)), "kilowatts", "kilowatt", "kW");
        suffix(measure("W", Dimension.POWER, Units.WATT), "watts", "watt");
        suffix(measure("TWh", Dimension.ENERGY, KILOWATT_HOUR.multiply(1e9)), "terawatt-hours", "terawatt hours",
                "terawatt-hour", "TWh");
        suffix(measure("GWh", Dimension.ENERGY, KILOWATT_HOUR.multiply(1e6)), "gigawatt-hours", "gigawatt hours",
                "gigawatt-hour", "GWh");
        suffix(measure("MWh", Dimension.ENERGY, KILOWATT_HOUR.multiply(1e3)), "megawatt-hours", "megawatt hours",
                "megawatt-hour", "MWh");
        suffix(measure("kWh", Dimension.ENERGY, KILOWATT_HOUR), "kilowatt-hours", "kilowatt hours", "kilowatt-hour",
                "kWh");

        suffix(CELSIUS, "°C", "degrees Celsius", "degrees C");
        suffix(FAHRENHEIT, "°F", "degrees Fahrenheit", "degrees F");

        Comparator<Form> longestFirst = Comparator.comparingInt(f -> -f.lexemes().size());
        PREFIXES.sort(longestFirst);
        SUFFIXES.sort(longestFirst);
        index(PREFIXES, PREFIXES_BY_FIRST);
        index(SUFFIXES, SUFFIXES_BY_FIRST);
    }

    /** The most lexemes a currency written before a number covers ("US $"): the prefixes are sorted longest first. */
    static final int LONGEST_PREFIX = PREFIXES.get(0).lexemes().size();

    private UnitCatalog() {
    }

    /** The currency written at lexeme {@code i} before a number, or {@code null}. */
    static Match currencyBefore(List<Lexeme> lexemes, int i) {
        return match(PREFIXES_BY_FIRST, lexemes, i);
    }

    /**
     * The unit or currency written at lexeme {@code i} after a number, or {@code null}. "pounds" after a scaled
     * number ("2 million pounds") is sterling, otherwise a weight.
     */
    static Match unitAfter(List<Lexeme> lexemes, int i, boolean scaled) {
        MeasureUnit glued = gluedTemperature(lexemes, i);
        if (glued != null) {
            return new Match(glued, 1);
        }
        Match match = match(SUFFIXES_BY_FIRST, lexemes, i);
        if (match != null && scaled && match.unit() == POUND_MASS) {
            return new Match(GBP, match.length());
        }
        return match;
    }

    /**
     * "41.3C", "106F": a capital C or F written against the digits is a temperature in a sentence that speaks of
     * temperatures ("the mercury reached 41.3C"), unless a name stands before the number ("Boeing 777F", "Apartment
     * 4C"); a lower-case "50c" is cents, and "3 C" with a space is not read.
     */
    private static MeasureUnit gluedTemperature(List<Lexeme> lexemes, int i) {
        if (i < 1 || i >= lexemes.size() || lexemes.get(i).spaced()
                || lexemes.get(i - 1).kind() != Lexeme.Kind.NUMBER) {
            return null;
        }
        MeasureUnit scale = switch (lexemes.get(i).text()) {
            case "C" -> CELSIUS;
            case "F" -> FAHRENHEIT;
            default -> null;
        };
        boolean afterName = i >= 2 && lexemes.get(i - 2).isWord()
                && Character.isUpperCase(lexemes.get(i - 2).text().charAt(0));
        if (scale == null || afterName || lexemes.stream().noneMatch(l -> TEMPERATURE_WORDS.contains(l.lower()))) {
            return null;
        }
        return scale;
    }

    /** Whether a lower-case word opens the name of a unit written after numbers ("year", "square", "km"). */
    static boolean opensUnit(String lower) {
        return SUFFIXES_BY_FIRST.containsKey(lower);
    }

    /** The longest form starting at lexeme {@code i}; candidates are the forms with its first word, any case. */
    private static Match match(Map<String, List<Form>> formsByFirst, List<Lexeme> lexemes, int i) {
        if (i >= lexemes.size()) {
            return null;
        }
        for (Form form : formsByFirst.getOrDefault(lexemes.get(i).lower(), List.of())) {
            if (matches(form.lexemes(), lexemes, i)) {
                return new Match(form.unit(), form.lexemes().size());
            }
        }
        return null;
    }

    private static boolean matches(List<Lexeme> form, List<Lexeme> lexemes, int i) {
        if (i + form.size() > lexemes.size()) {
            return false;
        }
        for (int k = 0; k < form.size(); k++) {
            String expected = form.get(k).text();
            Lexeme actual = lexemes.get(i + k);
            boolean same = expected.length() <= 2 ? expected.equals(actual.text())
                    : expected.equalsIgnoreCase(actual.text());
            if (!same || (k > 0 && actual.spaced() != form.get(k).spaced())) {
                return false;
            }
        }
        return true;
    }

    private static void index(List<Form> forms, Map<String, List<Form>> byFirst) {
        for (Form form : forms) {
            byFirst.computeIfAbsent(form.lexemes().get(0).lower(), k -> new ArrayList<>()).add(form);
        }
    }

    private static MeasureUnit money(String code, double factor) {
        return MeasureUnit.of(code, Dimension.MONEY, factor, null);
    }

    private static MeasureUnit measure(String canonical, Dimension dimension, Unit<?> unit) {
        return MeasureUnit.of(canonical, dimension, 1, unit);
    }

    private static void prefix(MeasureUnit unit, String... forms) {
        add(PREFIXES, unit, forms);
    }

    private static void suffix(MeasureUnit unit, String... forms) {
        add(SUFFIXES, unit, forms);
    }

    private static void add(List<Form> target, MeasureUnit unit, String... forms) {
        for (String form : forms) {
            target.add(new Form(Lexer.lex(form), unit));
        }
    }
}
