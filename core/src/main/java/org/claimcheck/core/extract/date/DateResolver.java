package org.claimcheck.core.extract.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

import org.claimcheck.core.model.PartialDate;

/**
 * Places a {@link DateExpression} on the calendar, given the publication date and the tense of its sentence.
 * Stateless and thread-safe.
 *
 * <ul>
 *   <li>A stated year is taken as is and needs no reference.</li>
 *   <li>A missing year is the one (of the reference year and its neighbours) that puts the date nearest to the
 *       reference, among the readings the tense allows: past tense keeps dates not after the reference, future
 *       tense dates not before it; "last March" and "next March" exclude the reference's own month.</li>
 *   <li>A weekday is the latest such day on or before the reference, or the first on or after it in future tense;
 *       "last Tuesday" and "next Tuesday" exclude the reference day itself.</li>
 *   <li>Days ("yesterday", "two days ago") resolve to the day, months and years to the month and the year. A week
 *       ("last week") is never given as a day: it resolves to its month when all seven days (Monday to Sunday)
 *       lie in one month, and to nothing otherwise.</li>
 *   <li>Without a reference, only dates with a stated year resolve: a date without a year cannot be compared.</li>
 * </ul>
 */
public final class DateResolver {

    /** The calendar date of {@code expression}, or empty when it cannot be placed as precisely as stated. */
    public Optional<ResolvedDate> resolve(DateExpression expression, LocalDate reference, Tense tense) {
        if (expression instanceof StatedDate stated) {
            return resolveStated(stated, reference, tense);
        }
        if (reference == null) {
            return Optional.empty();
        }
        if (expression instanceof WeekdayDate weekday) {
            return Optional.of(new ResolvedDate(PartialDate.of(resolveWeekday(weekday, reference, tense)), true,
                    false));
        }
        return resolveRelative((RelativeDate) expression, reference)
                .map(value -> new ResolvedDate(value, true, false));
    }

    private static Optional<ResolvedDate> resolveStated(StatedDate date, LocalDate reference, Tense tense) {
        if (date.year() > 0) {
            return Optional.of(new ResolvedDate(new PartialDate(date.year(), date.month(), date.day()), false,
                    false));
        }
        if (reference == null) {
            return Optional.empty();
        }
        if (date.yearOffset() != null) {
            int year = reference.getYear() + date.yearOffset();
            return DateParser.exists(year, date.month(), date.day())
                    ? Optional.of(new ResolvedDate(new PartialDate(year, date.month(), date.day()), true, false))
                    : Optional.empty();
        }
        boolean strict = date.modifier() != Tense.UNKNOWN;
        Tense side = strict ? date.modifier() : tense;
        PartialDate best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int year = reference.getYear() - 1; year <= reference.getYear() + 1; year++) {
            if (!DateParser.exists(year, date.month(), date.day())) {
                continue;
            }
            PartialDate candidate = new PartialDate(year, date.month(), date.day());
            long distance = distance(candidate, reference);
            if (allowed(candidate, reference, side, strict) && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best).map(value -> new ResolvedDate(value, false, true));
    }

    private static boolean allowed(PartialDate date, LocalDate reference, Tense side, boolean strict) {
        return switch (side) {
            case PAST -> strict ? date.last().isBefore(reference) : !date.first().isAfter(reference);
            case FUTURE -> strict ? date.first().isAfter(reference) : !date.last().isBefore(reference);
            case UNKNOWN -> true;
        };
    }

    /** Days between the reference and the nearest day the date can mean; 0 when the date covers it. */
    private static long distance(PartialDate date, LocalDate reference) {
        if (reference.isBefore(date.first())) {
            return ChronoUnit.DAYS.between(reference, date.first());
        }
        return reference.isAfter(date.last()) ? ChronoUnit.DAYS.between(date.last(), reference) : 0;
    }

    private static LocalDate resolveWeekday(WeekdayDate date, LocalDate reference, Tense tense) {
        DayOfWeek day = date.weekday();
        return switch (date.modifier()) {
            case PAST -> reference.minusDays(1).with(TemporalAdjusters.previousOrSame(day));
            case FUTURE -> reference.plusDays(1).with(TemporalAdjusters.nextOrSame(day));
            case UNKNOWN -> tense == Tense.FUTURE ? reference.with(TemporalAdjusters.nextOrSame(day))
                    : reference.with(TemporalAdjusters.previousOrSame(day));
        };
    }

    private static Optional<PartialDate> resolveRelative(RelativeDate date, LocalDate reference) {
        switch (date.unit()) {
            case DAYS:
                return Optional.of(PartialDate.of(reference.plusDays(date.offset())));
            case WEEKS: {
                LocalDate monday = reference.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                        .plusWeeks(date.offset());
                YearMonth month = YearMonth.from(monday);
                return month.equals(YearMonth.from(monday.plusDays(6)))
                        ? Optional.of(new PartialDate(month.getYear(), month.getMonthValue(), 0))
                        : Optional.empty();
            }
            case MONTHS: {
                YearMonth month = YearMonth.from(reference).plusMonths(date.offset());
                return Optional.of(new PartialDate(month.getYear(), month.getMonthValue(), 0));
            }
            case YEARS:
                return Optional.of(new PartialDate(reference.getYear() + date.offset(), 0, 0));
            default:
                return Optional.empty();
        }
    }
}
