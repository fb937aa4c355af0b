package com.computeledger.domain.shared;

import java.time.LocalDate;

/**
 * The dates the ledger accepts: 1900-01-01 to 2200-12-31. Every date of a deal lies in it, so derived
 * dates (a term's end, 1,200 months later at most) stay representable everywhere: in Java, in SQL DATE
 * columns, in JSON {@code format: date} and in every client's calendar.
 */
public final class LedgerCalendar {

    private static final String EARLIEST_TEXT = "1900-01-01";
    private static final String LATEST_TEXT = "2200-12-31";

    public static final LocalDate EARLIEST = LocalDate.parse(EARLIEST_TEXT);
    public static final LocalDate LATEST = LocalDate.parse(LATEST_TEXT);

    /** The reason given for a date outside the range. */
    public static final String RANGE_MESSAGE = "must be between " + EARLIEST_TEXT + " and " + LATEST_TEXT;

    /** How API documents describe a date the ledger accepts (a constant, so annotations can use it). */
    /** The length of a date of the calendar written as ISO-8601 text (2025-11-03). */
    public static final int TEXT_LENGTH = 10;

    /** What every reader of dates (HTTP, CSV) says of a text that is not a date at all. */
    public static final String FORMAT_MESSAGE = "must be an ISO-8601 date such as 2025-11-03";

    public static final String DESCRIPTION = "An ISO-8601 date from " + EARLIEST_TEXT + " to " + LATEST_TEXT + ".";

    private LedgerCalendar() {
    }

    public static boolean contains(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    /** {@code date} itself when it lies in the range; otherwise a violation naming {@code field}. */
    public static LocalDate require(LocalDate date, String field) {
        Require.present(date, field);
        Require.that(contains(date), field, RANGE_MESSAGE);
        return date;
    }
}
