package com.computeledger.domain.analytics;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** The length of a timeline period: a calendar month or a calendar quarter. */
public enum TimelineGranularity {
    MONTH,
    QUARTER;

    /** The last day of the period that holds {@code day}. */
    public LocalDate periodEnd(LocalDate day) {
        return switch (this) {
            case MONTH -> day.with(TemporalAdjusters.lastDayOfMonth());
            case QUARTER -> {
                int lastMonth = day.get(IsoFields.QUARTER_OF_YEAR) * 3;
                yield day.withMonth(lastMonth).with(TemporalAdjusters.lastDayOfMonth());
            }
        };
    }

    /** The first day of the period that holds {@code day}. */
    public LocalDate periodStart(LocalDate day) {
        return switch (this) {
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> day.withMonth((day.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1).withDayOfMonth(1);
        };
    }

    /** The first day of the period after the one that holds {@code day}. */
    public LocalDate nextPeriodStart(LocalDate day) {
        return periodEnd(day).plusDays(1);
    }
}
