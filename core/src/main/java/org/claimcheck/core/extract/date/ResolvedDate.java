package org.claimcheck.core.extract.date;

import org.claimcheck.core.model.PartialDate;

/**
 * A date expression placed on the calendar.
 *
 * @param value        the date, as precise as stated
 * @param relative     whether it was counted from the reference ("last week", "on Tuesday", "next year")
 * @param yearInferred whether the year was not stated and was chosen from the reference
 */
public record ResolvedDate(PartialDate value, boolean relative, boolean yearInferred) {
}
