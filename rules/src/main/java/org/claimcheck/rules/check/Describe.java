package org.claimcheck.rules.check;

import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

import org.claimcheck.core.model.Amount;
import org.claimcheck.core.model.Claim;
import org.claimcheck.core.model.QuantityClaim;

/** Short phrases for messages: a claim as quoted with its file and line, a normalized amount. */
final class Describe {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Describe() {
    }

    /** The text stripped, each run of white space in it one space. */
    static String oneLine(String text) {
        return SPACES.matcher(text.strip()).replaceAll(" ");
    }

    /** {@code "nearly 400 square miles" (kursk.md:14)} */
    static String quoted(Claim claim) {
        return "\"" + oneLine(claim.mention().text()) + "\" (" + where(claim) + ")";
    }

    /** {@code kursk.md:14} */
    static String where(Claim claim) {
        Path file = Path.of(claim.mention().path()).getFileName();
        return (file == null ? claim.mention().path() : file.toString()) + ":" + claim.mention().span().line();
    }

    /** {@code nearly 400 mi2}, {@code 10–15 soldier}, {@code 2,500,000,000 USD}. */
    static String amount(QuantityClaim claim) {
        Amount amount = claim.amount();
        String hedge = switch (amount.qualifier()) {
            case EXACT -> "";
            case APPROXIMATELY -> "about ";
            case NEARLY -> "nearly ";
            case MORE_THAN -> "more than ";
            case LESS_THAN -> "at most ";
        };
        String number = number(amount.value()) + (amount.isRange() ? "–" + number(amount.upper()) : "");
        return hedge + number + (amount.unit() == null ? "" : " " + amount.unit());
    }

    /** A difference of temperatures in degrees Celsius, to a tenth: {@code 6 °C}, {@code 2.8 °C}. */
    static String degrees(double difference) {
        return number(Math.round(difference * 10) / 10.0) + " °C";
    }

    /** A percentage without decimals, or "less than 1%" for a share that would round to nothing. */
    static String percent(double fraction) {
        return fraction > 0 && fraction < 0.005 ? "less than 1%" : Math.round(fraction * 100) + "%";
    }

    private static String number(double value) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }
}
