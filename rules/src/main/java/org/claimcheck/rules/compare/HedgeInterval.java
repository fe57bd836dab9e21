package org.claimcheck.rules.compare;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimcheck.core.model.Amount;
import org.claimcheck.core.model.Dimension;
import org.claimcheck.core.model.Qualifier;
import org.claimcheck.rules.config.Tolerances;

/**
 * The values a hedged number allows, in the base unit of its dimension: "nearly 400 square miles" allows
 * 360 to 400 square miles (with the default 10%), "more than 1,300" anything from 1,300 up.
 *
 * Temperatures are on an interval scale: their tolerances are shares of the reading in degrees Celsius, at least half
 * a degree either way, "more than" has no ceiling (a multiple of a temperature means nothing), and two readings are as
 * far apart as their difference in degrees Celsius says.
 *
 * @param low    smallest value allowed
 * @param high   largest value allowed ({@link Double#POSITIVE_INFINITY} when unbounded)
 * @param reason what allowed this much, for messages ("'nearly' allows up to 10% below")
 */
public record HedgeInterval(double low, double high, String reason) {
    private static final double CELSIUS_ZERO = 273.15;
    private static final double LEAST_TEMPERATURE_SPREAD = 0.5;
    /** The first number of a claim's text, its decimals in group 1: "56.50" of "$56.50 a share". */
    private static final Pattern FIGURE = Pattern.compile("\\d[\\d,]*(?:\\.(\\d+))?");
    /** Just under half a step of the last place: "3.5" and "3.6" cannot both round one value. */
    private static final double HALF_PLACE = 0.5 * (1 - 1e-6);

    /** The interval a stated amount allows. */
    public static HedgeInterval of(Amount amount, Tolerances tolerances) {
        return amount.dimension() == Dimension.TEMPERATURE ? temperature(amount, tolerances)
                : ratio(amount, tolerances);
    }

    /**
     * The interval a stated amount allows, where {@code written} is how the claim writes it, whose precision narrows
     * what the hedge allows:
     * <ul>
     * <li>an unhedged figure written with decimals is the rounding of its last decimal place, so it allows just under
     * half that place either way instead of the tolerance of an unhedged figure ("$56.50" is not "$58.50" rounded, nor
     * "3.6%" "3.5%"; "€1.7 billion" may be "€1.74 billion" rounded). Whole numbers keep the tolerance: their trailing
     * zeros may be rounding;</li>
     * <li>"about" allows no more than one step of the figure's last significant digit (a step of five when that digit
     * is a 5), and never less than an unhedged figure: "about 400" keeps its 15%, "about 1,350" allows 50 either way
     * and "some 221" no more than rounding, since whoever writes the units knows them.</li>
     * </ul>
     */
    public static HedgeInterval of(Amount amount, Tolerances tolerances, String written) {
        if (amount.dimension() == Dimension.TEMPERATURE || amount.upper() != amount.value()) {
            return of(amount, tolerances);
        }
        Matcher number = FIGURE.matcher(written);
        double figure = number.find() ? Double.parseDouble(number.group().replace(",", "")) : 0;
        if (figure == 0) {
            return of(amount, tolerances);
        }
        if (amount.qualifier() == Qualifier.EXACT && number.group(1) != null) {
            int places = number.group(1).length();
            return narrowed(amount, HALF_PLACE * Math.pow(10, -places) / figure, "a figure written to " + places
                    + (places == 1 ? " decimal place" : " decimal places") + " allows only the rounding of the last");
        }
        if (amount.qualifier() == Qualifier.APPROXIMATELY) {
            double share = Math.max(tolerances.exact(), lastDigitStep(number.group()) / figure);
            if (share < tolerances.approximately()) {
                return narrowed(amount, share, "'about' before a figure written this precisely allows "
                        + percent(share) + " either way");
            }
        }
        return of(amount, tolerances);
    }

    /** The amount's interval when it allows {@code share} either way. */
    private static HedgeInterval narrowed(Amount amount, double share, String reason) {
        HedgeInterval interval = ratio(amount, new Tolerances(share, share, 0, 0));
        return new HedgeInterval(interval.low, interval.high, reason);
    }

    /**
     * One step of the last significant digit of a written number, five steps when that digit is a 5: 10 for "1,320",
     * 50 for "1,350", 0.1 for "2.4", 1 for "221".
     */
    private static double lastDigitStep(String number) {
        String digits = number.replace(",", "");
        int point = digits.indexOf('.');
        String whole = point < 0 ? digits : digits.substring(0, point);
        String all = point < 0 ? digits : whole + digits.substring(point + 1);
        int last = all.length() - 1;
        while (last > 0 && all.charAt(last) == '0') {
            last--;
        }
        double place = Math.pow(10, whole.length() - 1 - last);
        return all.charAt(last) == '5' ? 5 * place : place;
    }

    /**
     * The interval of a figure on a ratio scale. Hedges speak of a figure's size, so a figure below zero ("-3.5%")
     * allows the mirror image of what its size allows: "nearly -3%" lies between -3% and -2.7%.
     */
    private static HedgeInterval ratio(Amount amount, Tolerances tolerances) {
        if (amount.baseUpper() < 0) {
            HedgeInterval size = ratio(-amount.baseUpper(), -amount.baseValue(), amount.qualifier(), tolerances);
            return new HedgeInterval(-size.high, -size.low, size.reason);
        }
        return ratio(amount.baseValue(), amount.baseUpper(), amount.qualifier(), tolerances);
    }

    private static HedgeInterval ratio(double value, double upper, Qualifier qualifier, Tolerances tolerances) {
        return switch (qualifier) {
            case EXACT -> new HedgeInterval(value * (1 - tolerances.exact()), upper * (1 + tolerances.exact()),
                    "an unhedged figure allows " + percent(tolerances.exact()) + " rounding");
            case APPROXIMATELY -> new HedgeInterval(value * (1 - tolerances.approximately()),
                    upper * (1 + tolerances.approximately()),
                    "'about' allows " + percent(tolerances.approximately()) + " either way");
            case NEARLY -> new HedgeInterval(value * (1 - tolerances.nearly()), upper,
                    "'nearly' allows up to " + percent(tolerances.nearly()) + " below");
            case MORE_THAN -> tolerances.moreThanCeiling() > 0
                    ? new HedgeInterval(value, upper * tolerances.moreThanCeiling(), "'more than' allows up to "
                            + percent(tolerances.moreThanCeiling() - 1) + " above")
                    : new HedgeInterval(value, Double.POSITIVE_INFINITY, "'more than' allows anything above");
            case LESS_THAN -> new HedgeInterval(0, upper, "'less than' allows anything below");
        };
    }

    /**
     * The interval of an amount stated as the largest of its values ("waves of up to six metres", "as high as 20
     * feet"), when compared with another largest value: the two name the same value and allow only its rounding.
     */
    public static HedgeInterval ofLargest(Amount amount, Tolerances tolerances) {
        HedgeInterval exact = of(new Amount(amount.value(), amount.upper(), Qualifier.EXACT, amount.dimension(),
                amount.unit(), amount.baseValue(), amount.baseUpper()), tolerances);
        return new HedgeInterval(exact.low, exact.high, "two statements of the largest value allow only "
                + percent(tolerances.exact()) + " rounding");
    }

    private static HedgeInterval temperature(Amount amount, Tolerances tolerances) {
        double value = amount.baseValue();
        double upper = amount.baseUpper();
        return switch (amount.qualifier()) {
            case EXACT -> new HedgeInterval(value - spread(value, tolerances.exact()),
                    upper + spread(upper, tolerances.exact()),
                    "an unhedged reading allows " + percent(tolerances.exact()) + " or half a degree of rounding");
            case APPROXIMATELY -> new HedgeInterval(value - spread(value, tolerances.approximately()),
                    upper + spread(upper, tolerances.approximately()),
                    "'about' allows " + percent(tolerances.approximately()) + " or half a degree either way");
            case NEARLY -> new HedgeInterval(value - spread(value, tolerances.nearly()), upper,
                    "'nearly' allows up to " + percent(tolerances.nearly()) + " or half a degree below");
            case MORE_THAN -> new HedgeInterval(value, Double.POSITIVE_INFINITY,
                    "'more than' allows anything above");
            case LESS_THAN -> new HedgeInterval(0, upper, "'less than' allows anything below");
        };
    }

    /** A share of a reading in degrees Celsius, at least half a degree. */
    private static double spread(double kelvin, double share) {
        return Math.max(LEAST_TEMPERATURE_SPREAD, Math.abs(kelvin - CELSIUS_ZERO) * share);
    }

    /** Whether both intervals can hold at once. */
    public boolean overlaps(HedgeInterval other) {
        return low <= other.high && other.low <= high;
    }

    private static String percent(double fraction) {
        return Math.round(fraction * 100) + "%";
    }
}
